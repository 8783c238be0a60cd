package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: {@code actor} (the owner, an admin, or the system for a leak report or a cascade) revoked key
 * {@code keyId} of account {@code accountId}, for {@code reason}; {@code url} is where a leaked key was found. For a
 * project key, {@code accountId} is the member who made it and {@code projectId} its project (else null).
 */
public record KeyRevoked(
        Actor actor, String accountId, String keyId, RevocationReason reason, String url, Instant at, String projectId)
        implements Serializable {

    public KeyRevoked(Actor actor, String accountId, String keyId, RevocationReason reason, String url, Instant at) {
        this(actor, accountId, keyId, reason, url, at, null);
    }
}
