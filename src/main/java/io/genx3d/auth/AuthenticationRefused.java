package io.genx3d.auth;

import io.genx3d.caller.RefusalReason;
import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: a presented credential was refused (or none was presented on a protected path). {@code keyId} names
 * the real key when one was recognised but refused (revoked, expired, its account suspended), so its owner can be
 * told that something still uses it; it is null for keys that are not ours.
 */
public record AuthenticationRefused(RefusalReason reason, String keyId, String clientAddress, Instant at)
        implements Serializable {}
