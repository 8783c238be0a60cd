package io.genx3d.keys;

import io.genx3d.caller.Level;
import io.genx3d.caller.Scope;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A key as listed: everything but the key and its hash. {@code status} is {@code active}, {@code expired} or
 * {@code revoked}; {@code level} is the permission level the scopes match, or null for a custom set;
 * {@code last_used_address} is the client that used it last; {@code anomaly} flags unusual recent usage;
 * {@code expires_soon} says it expires within 7 days; {@code replaces}/{@code replaced_by} link a rolled key's line;
 * {@code revoked_reason} is owner, admin, leaked, cascade or ownership_proven, and {@code leak_url} where a leaked key was found.
 */
public record KeyView(
        String id,
        String name,
        String prefix,
        String level,
        List<String> permissions,
        Integer rateLimit,
        int effectiveRateLimit,
        String status,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        String lastUsedAddress,
        KeyAnomaly anomaly,
        List<String> allowedIps,
        boolean expiresSoon,
        String replaces,
        String replacedBy,
        String revokedReason,
        String leakUrl,
        // Only a project key has these: a person's key answers exactly the fields it always did.
        @JsonbNillable(false) String projectId,
        @JsonbNillable(false) KeyCreator createdBy) {

    /** A key that expires within this much shows {@code expires_soon}; its owner was or is about to be mailed. */
    public static final Duration EXPIRES_SOON = Duration.ofDays(7);

    /** {@code anomaly} is null when the key's recent usage looks normal. */
    public static KeyView of(ApiKey key, Instant now, KeyAnomaly anomaly, int effectiveRateLimit) {
        return new KeyView(
                key.id(),
                key.name(),
                key.prefix(),
                levelOf(key),
                permissionsOf(key),
                key.rateLimit(),
                effectiveRateLimit,
                statusOf(key, now),
                key.createdAt(),
                key.expiresAt(),
                key.revokedAt(),
                key.lastUsedAt(),
                key.lastUsedAddress(),
                anomaly,
                key.allowedIps().entries(),
                expiresSoon(key, now),
                key.replaces(),
                key.replacedBy(),
                key.revokedReason().map(RevocationReason::value).orElse(null),
                key.revokedUrl(),
                projectIdOf(key),
                KeyCreator.of(key));
    }

    static String projectIdOf(ApiKey key) {
        return key.project() == null ? null : key.project().id();
    }

    static boolean expiresSoon(ApiKey key, Instant now) {
        return !key.isRevoked()
                && key.expiresAt() != null
                && !key.isExpiredAt(now)
                && key.expiresAt().isBefore(now.plus(EXPIRES_SOON));
    }

    static String levelOf(ApiKey key) {
        return Level.matching(key.scopes()).map(Level::value).orElse(null);
    }

    static List<String> permissionsOf(ApiKey key) {
        return key.scopes().stream().map(Scope::value).sorted().toList();
    }

    private static String statusOf(ApiKey key, Instant now) {
        if (key.isRevoked()) {
            return "revoked";
        }
        return key.isExpiredAt(now) ? "expired" : "active";
    }
}
