package io.genx3d.keys;

import io.genx3d.errors.ApiException;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A validated {@code POST /api/v1/keys/{id}/roll} body: {@code grace_period}, an ISO-8601 duration from {@code PT0S}
 * (the old key stops at once) to {@code P7D}, 24 hours when absent; and {@code expires_at}, when the successor should
 * expire instead of when the old key does (null: at the old key's expiry). An empty body is the defaults.
 */
record RollRequest(Duration gracePeriod, Instant expiresAt) {

    private static final Set<String> FIELDS = Set.of("grace_period", "expires_at");
    private static final String FORMAT = "must be an ISO-8601 duration from PT0S to P7D, e.g. PT1H, PT24H or P3D";

    static RollRequest parse(JsonObject body, Instant now) {
        if (body == null) {
            return new RollRequest(KeyRolls.DEFAULT_GRACE, null);
        }
        JsonFields fields = JsonFields.of(body, FIELDS);
        Instant expiresAt = fields.optionalInstant("expires_at").orElse(null);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiException.badField("expires_at", "must be in the future");
        }
        String text = fields.optionalString("grace_period", 32).orElse(null);
        if (text == null) {
            return new RollRequest(KeyRolls.DEFAULT_GRACE, expiresAt);
        }
        Duration grace;
        try {
            grace = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badField("grace_period", FORMAT);
        }
        if (grace.isNegative() || grace.compareTo(KeyRolls.MAX_GRACE) > 0) {
            throw ApiException.badField("grace_period", FORMAT);
        }
        return new RollRequest(grace, expiresAt);
    }
}
