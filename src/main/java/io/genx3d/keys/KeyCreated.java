package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;

/** CDI event: {@code actor} created key {@code keyId} for account {@code accountId}. */
public record KeyCreated(Actor actor, String accountId, String keyId, Instant at) implements Serializable {}
