package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * CDI event: {@code actor} renamed key {@code keyId} of account {@code accountId} or changed its address allowlist
 * (the new values; null where unchanged). Fired inside the change's transaction.
 */
public record KeyChanged(
        Actor actor, String accountId, String keyId, String newName, List<String> newAllowedIps, Instant at)
        implements Serializable {}
