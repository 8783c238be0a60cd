package io.genx3d.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts attempts against token buckets of {@code limit} tokens that refill completely once per window, the window
 * starting at the subject's first attempt (an address's first failed authentication, its first sign-up) rather than
 * on the clock: a guesser cannot spend one allowance just before a boundary and a second just after it, and an
 * answer's {@code reset_at} is that subject's own. Used for the allowances ({@link Allowance}); API quotas are fixed
 * windows on the clock ({@link ApiRateLimits}). The {@link BucketStore} decides where buckets live.
 */
public class RateLimiter {

    private final BucketStore store;
    private final Duration window;
    private final Clock clock;

    /**
     * Shared by every limiter ({@link CacheName#RATE_LIMIT_CONFIGURATIONS}), hence keyed by window as well as limit.
     * Distinct limits in use are few (the allowances' sizes); past the bound a few are built again.
     */
    private final Cache<Limit, BucketConfiguration> configurations;

    private record Limit(long tokens, Duration window) {}

    public RateLimiter(BucketStore store, Duration window, Caches caches) {
        this(store, window, caches, Clock.systemUTC());
    }

    /** With the clock the store's buckets measure time by (a test's, to move time without waiting). */
    public RateLimiter(BucketStore store, Duration window, Caches caches, Clock clock) {
        this.store = store;
        this.window = window;
        this.clock = clock;
        this.configurations = caches.cache(CacheName.RATE_LIMIT_CONFIGURATIONS);
    }

    public Decision consume(String bucketId, long limit) {
        Instant now = clock.instant();
        ConsumptionProbe probe = bucket(bucketId, limit).tryConsumeAndReturnRemaining(1);
        // Refused: the next refill; allowed: when the bucket is full again. Both are the subject's window's end.
        long untilReset = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return decision(probe.isConsumed(), limit, probe.getRemainingTokens(), now.plusNanos(untilReset));
    }

    /** Gives one token back (never above the limit), for an attempt that should not have counted. */
    public void refund(String bucketId, long limit) {
        bucket(bucketId, limit).addTokens(1);
    }

    private Bucket bucket(String bucketId, long limit) {
        return store.bucket(bucketId, configurations.get(new Limit(limit, window), this::build));
    }

    private BucketConfiguration build(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.tokens())
                        .refillIntervally(limit.tokens(), limit.window())
                        .initialTokens(limit.tokens())
                        .build())
                .build();
    }

    private Decision decision(boolean allowed, long limit, long remaining, Instant resetAt) {
        return new Decision(allowed, limit, Math.max(0, remaining), resetAt, window.toSeconds());
    }
}
