package io.genx3d.keys;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * CDI event: {@code actor} changed key {@code keyId} of account {@code accountId}: its name, address allowlist, rate
 * limit or expiry (the new values; null where unchanged, a {@link NewSetting} holding null for "the default limit" and
 * "never expires"). {@code expiryCapped} lists the keys it made (and theirs) whose expiry moved earlier with it, since
 * a key made by a key never outlives it. Fired inside the change's transaction.
 */
public record KeyChanged(
        Actor actor,
        String accountId,
        String keyId,
        String newName,
        List<String> newAllowedIps,
        NewSetting<Integer> newRateLimit,
        NewSetting<Instant> newExpiresAt,
        List<String> expiryCapped,
        Instant at)
        implements Serializable {

    /** Every key whose row this change touched: the caches forget each. */
    public List<String> touchedKeys() {
        return Stream.concat(Stream.of(keyId), expiryCapped.stream()).toList();
    }
}
