package io.genx3d.users;

import io.genx3d.accounts.AccountChanges;
import io.genx3d.accounts.AccountStatus;
import io.genx3d.caller.Role;
import io.genx3d.errors.ApiException;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code PATCH /api/v1/users/{id}} body: {@code role}, {@code status}, {@code max_rate_limit} (null resets). */
final class UserChangesRequest {

    private static final Set<String> FIELDS = Set.of("role", "status", "max_rate_limit");

    private UserChangesRequest() {}

    static AccountChanges parse(JsonObject body) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        if (FIELDS.stream().noneMatch(field -> body.containsKey(field))) {
            throw ApiException.badField("role", "or status or max_rate_limit must be given");
        }
        Optional<Role> role = fields.optionalString("role", 16)
                .map(value -> Role.fromValue(value)
                        .orElseThrow(() -> ApiException.badField("role", "must be user or admin")));
        Optional<AccountStatus> status = fields.optionalString("status", 16)
                .map(value -> AccountStatus.fromValue(value)
                        .orElseThrow(() -> ApiException.badField("status", "must be active or suspended")));
        Optional<Optional<Integer>> maxRateLimit = fields.isExplicitNull("max_rate_limit")
                ? Optional.of(Optional.empty())
                : fields.optionalWholeNumber("max_rate_limit", 1, RateLimitPolicy.MAX_RATE_LIMIT)
                        .map(limit -> Optional.of(limit.intValue()));
        return new AccountChanges(role, status, maxRateLimit);
    }
}
