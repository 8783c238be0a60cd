package io.genx3d.keys;

import io.genx3d.errors.ApiException;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A validated {@code PATCH /api/v1/keys/{id}} body: any of a new {@code name}, a new {@code allowed_ips} ({@code []}
 * or {@code null}: any address), a new {@code rate_limit} ({@code null}: the default) and a new {@code expires_at}
 * ({@code null}: never), each checked as creation checks it. Fields left out stay as they are (null here). Scopes are
 * fixed at creation (create a key with the permissions needed), and the refusal says so.
 */
record KeyChangesRequest(
        String name, AddressAllowlist allowedIps, NewSetting<Integer> rateLimit, NewSetting<Instant> expiresAt) {

    private static final Set<String> FIELDS = Set.of("name", "allowed_ips", "rate_limit", "expires_at");
    private static final Set<String> FIXED = Set.of("permissions", "level");

    static KeyChangesRequest parse(JsonObject body, Instant now) {
        if (body != null) {
            body.keySet().stream().filter(FIXED::contains).findFirst().ifPresent(fixed -> {
                throw ApiException.badField(
                        fixed, "cannot be changed after creation; create a new key with the permissions you need");
            });
        }
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.optionalName("name", 100).orElse(null);
        AddressAllowlist allowedIps = allowedIps(fields);
        NewSetting<Integer> rateLimit =
                fields.isExplicitNull("rate_limit") ? new NewSetting<>(null) : setting(NewKeyRequest.rateLimit(fields));
        NewSetting<Instant> expiresAt = fields.isExplicitNull("expires_at")
                ? new NewSetting<>(null)
                : setting(NewKeyRequest.futureExpiry(fields, now));
        if (name == null && allowedIps == null && rateLimit == null && expiresAt == null) {
            throw ApiException.badField("name", "give at least one of name, allowed_ips, rate_limit and expires_at");
        }
        return new KeyChangesRequest(name, allowedIps, rateLimit, expiresAt);
    }

    /** Whether the key's limit or lifetime changes, which only a key still in use may have changed. */
    boolean changesLimits() {
        return rateLimit != null || expiresAt != null;
    }

    /** The same changes with the rate limit the caller's ceiling settled on (null: the default). */
    KeyChangesRequest withRateLimit(Integer settled) {
        return new KeyChangesRequest(name, allowedIps, new NewSetting<>(settled), expiresAt);
    }

    private static <T extends Serializable> NewSetting<T> setting(T given) {
        return given == null ? null : new NewSetting<>(given);
    }

    /** The new list, or null when the body does not change it. */
    static AddressAllowlist allowedIps(JsonFields fields) {
        if (fields.isExplicitNull("allowed_ips")) {
            return AddressAllowlist.any();
        }
        return fields.optionalStringList("allowed_ips", AddressAllowlist.MAX_ENTRIES + 1)
                .map(entries -> AddressAllowlist.parse(entries, "allowed_ips"))
                .orElse(null);
    }
}
