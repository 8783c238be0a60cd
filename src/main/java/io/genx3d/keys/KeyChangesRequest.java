package io.genx3d.keys;

import io.genx3d.errors.ApiException;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * A validated {@code PATCH /api/v1/keys/{id}} body: a new {@code name}, a new {@code allowed_ips} ({@code []} or
 * {@code null}: any address), or both. Scopes, limits and expiry are fixed at creation (roll or create a key to
 * change them), and the refusal says so.
 */
record KeyChangesRequest(String name, AddressAllowlist allowedIps) {

    private static final Set<String> FIELDS = Set.of("name", "allowed_ips");
    private static final Set<String> FIXED = Set.of("permissions", "level", "rate_limit", "expires_at");

    static KeyChangesRequest parse(JsonObject body) {
        if (body != null) {
            body.keySet().stream().filter(FIXED::contains).findFirst().ifPresent(fixed -> {
                throw ApiException.badField(
                        fixed, "cannot be changed after creation; roll the key or create a new one instead");
            });
        }
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.optionalName("name", 100).orElse(null);
        AddressAllowlist allowedIps = allowedIps(fields);
        if (name == null && allowedIps == null) {
            throw ApiException.badField("name", "give a new name, a new allowed_ips, or both");
        }
        return new KeyChangesRequest(name, allowedIps);
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
