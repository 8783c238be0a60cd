package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * CDI event: {@code actor} rolled key {@code keyId} of account {@code accountId}: {@code successorId} replaces it,
 * the old key now expires at {@code oldKeyExpiresAt}, and {@code handedOn} are the keys whose parent (the old key's
 * children, now the successor's) or expiry (kept no later than the successor's) changed. Fired inside the roll's
 * transaction.
 */
public record KeyRolled(
        Actor actor,
        String accountId,
        String keyId,
        String successorId,
        Instant oldKeyExpiresAt,
        List<String> handedOn,
        Instant at)
        implements Serializable {

    public KeyRolled {
        handedOn = List.copyOf(handedOn);
    }
}
