package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: {@code actor} rolled key {@code keyId} of account {@code accountId}: {@code successorId} replaces it,
 * and the old key now expires at {@code oldKeyExpiresAt}. Fired inside the roll's transaction.
 */
public record KeyRolled(
        Actor actor, String accountId, String keyId, String successorId, Instant oldKeyExpiresAt, Instant at)
        implements Serializable {}
