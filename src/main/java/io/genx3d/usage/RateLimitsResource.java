package io.genx3d.usage;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.keys.ApiKey;
import io.genx3d.keys.ApiKeys;
import io.genx3d.ratelimit.ApiRateLimits;
import io.genx3d.ratelimit.QuotaUse;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.ratelimit.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/rate-limits}: the two limits a key's request spends, apart — its own and the account's plan,
 * which every key and every dashboard session of the account share — with what each has used in the current window.
 * Reading it spends nothing more than any request does (it counts against the plan like the rest).
 */
@Path("/rate-limits")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class RateLimitsResource {

    @Inject
    Caller caller;

    @Inject
    ApiKeys keys;

    @Inject
    Accounts accounts;

    @Inject
    RateLimitPolicy policy;

    @Inject
    ApiRateLimits rateLimits;

    /** One limit in the current window. */
    public record Limit(long limit, long used, long remaining) {
        static Limit of(long limit, long remaining) {
            return new Limit(limit, limit - remaining, remaining);
        }
    }

    /** An active key's own limit. */
    public record KeyLimit(String keyId, String name, long limit, long used, long remaining) {}

    public record RateLimitsView(Instant windowStart, Instant resetAt, Limit plan, List<KeyLimit> keys) {}

    @GET
    @RequiresScope(Scope.USAGE_READ)
    public RateLimitsView show() {
        Account account = accounts.find(caller.accountId()).orElseThrow(() -> ApiException.notFound("Account"));
        long planLimit = policy.ceiling(account.maxRateLimit());
        Instant now = Instant.now();
        List<ApiKey> active = keys.ownedBy(account.id()).stream()
                .filter(key -> !key.isRevoked() && !key.isExpiredAt(now))
                .toList();
        Map<String, Long> lines = new LinkedHashMap<>();
        active.forEach(key -> lines.put(key.lineageId(), (long) limitOf(key, account)));
        QuotaUse use = rateLimits.use(account.id(), planLimit, lines);
        List<KeyLimit> keyLimits = active.stream()
                .map(key -> {
                    Limit own = Limit.of(limitOf(key, account), use.keysLeft().get(key.lineageId()));
                    return new KeyLimit(key.id(), key.name(), own.limit(), own.used(), own.remaining());
                })
                .toList();
        return new RateLimitsView(use.windowStart(), use.resetAt(), Limit.of(planLimit, use.planLeft()), keyLimits);
    }

    private int limitOf(ApiKey key, Account account) {
        return policy.effective(key.rateLimit(), account.maxRateLimit());
    }
}
