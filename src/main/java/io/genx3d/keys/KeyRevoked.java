package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;

/** CDI event: {@code actor} (the owner, or an admin) revoked key {@code keyId} of account {@code accountId}. */
public record KeyRevoked(Actor actor, String accountId, String keyId, Instant at) implements Serializable {}
