package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: {@code actor} created key {@code keyId} for account {@code accountId}; for a project key, {@code accountId}
 * is the member who made it and {@code projectId} its project (else null).
 */
public record KeyCreated(Actor actor, String accountId, String keyId, Instant at, String projectId)
        implements Serializable {

    public KeyCreated(Actor actor, String accountId, String keyId, Instant at) {
        this(actor, accountId, keyId, at, null);
    }
}
