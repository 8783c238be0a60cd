package io.genx3d.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which rate limit applies: a key's own {@code rate_limit}, else the server default
 * ({@code genx3d.ratelimit.default}), and never more than its account's ceiling ({@code max_rate_limit}, set by
 * an admin — the seed's "upgrade your plan" — or the default when unset).
 */
@ApplicationScoped
public class RateLimitPolicy {

    /** The highest limit anything may be given; far above any plan, and no arithmetic on it can overflow. */
    public static final long MAX_RATE_LIMIT = 1_000_000;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.default", defaultValue = "1000")
    int defaultLimit;

    public int defaultLimit() {
        return defaultLimit;
    }

    /** The most any key of the account may be allowed. */
    public int ceiling(Integer accountMaxRateLimit) {
        return accountMaxRateLimit == null ? defaultLimit : accountMaxRateLimit;
    }

    /** The limit in force for a key with the given own limit (null: none set) in an account with this ceiling. */
    public int effective(Integer keyLimit, Integer accountMaxRateLimit) {
        int ceiling = accountMaxRateLimit == null ? defaultLimit : accountMaxRateLimit;
        return Math.min(keyLimit == null ? defaultLimit : keyLimit, ceiling);
    }
}
