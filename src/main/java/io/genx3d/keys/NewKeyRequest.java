package io.genx3d.keys;

import io.genx3d.caller.Level;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A validated {@code POST /api/v1/keys} body: {@code name}, then either {@code permissions} (scope names) or
 * {@code level} (default {@code standard}), optional {@code expires_at} in the future, {@code rate_limit} and
 * {@code allowed_ips} (null when not given: the key then gets its creator's list, see {@link CallerCeiling}).
 */
record NewKeyRequest(
        String name,
        Level level,
        Set<Scope> scopes,
        Integer rateLimit,
        Instant expiresAt,
        AddressAllowlist allowedIps) {

    static final long MAX_RATE_LIMIT = RateLimitPolicy.MAX_RATE_LIMIT;
    private static final Set<String> FIELDS =
            Set.of("name", "permissions", "level", "expires_at", "rate_limit", "allowed_ips");

    static NewKeyRequest parse(JsonObject body, Instant now) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.requiredName("name", 100);
        Level level = level(fields);
        Set<Scope> scopes = level == null ? permissions(fields) : level.scopes();
        Integer rateLimit = rateLimit(fields);
        Instant expiresAt = futureExpiry(fields, now);
        return new NewKeyRequest(name, level, scopes, rateLimit, expiresAt, KeyChangesRequest.allowedIps(fields));
    }

    /** {@code expires_at} if given: a time after {@code now}, as creating and changing a key both require. */
    static Instant futureExpiry(JsonFields fields, Instant now) {
        Instant expiresAt = fields.optionalInstant("expires_at").orElse(null);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiException.badField("expires_at", "must be in the future");
        }
        return expiresAt;
    }

    /** {@code rate_limit} if given, within what any key may have. */
    static Integer rateLimit(JsonFields fields) {
        return fields.optionalWholeNumber("rate_limit", 1, MAX_RATE_LIMIT)
                .map(Long::intValue)
                .orElse(null);
    }

    /** The requested level, or null when explicit {@code permissions} are given instead. */
    private static Level level(JsonFields fields) {
        if (fields.has("permissions") && fields.has("level")) {
            throw ApiException.badField("permissions", "cannot be combined with level; give one of them");
        }
        if (fields.has("permissions")) {
            return null;
        }
        String level = fields.optionalString("level", 32).orElse(Level.STANDARD.value());
        return Level.fromValue(level)
                .orElseThrow(() -> ApiException.badField("level", "must be one of read_only, standard, admin"));
    }

    private static Set<Scope> permissions(JsonFields fields) {
        return permissions(fields.optionalStringList("permissions", Scope.values().length * 2)
                .orElseThrow());
    }

    private static Set<Scope> permissions(List<String> names) {
        if (names.isEmpty()) {
            throw ApiException.badField("permissions", "must name at least one scope");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            scopes.add(Scope.fromValue(name)
                    .orElseThrow(() -> ApiException.badField("permissions", "contains an unknown scope: " + name)));
        }
        return scopes;
    }
}
