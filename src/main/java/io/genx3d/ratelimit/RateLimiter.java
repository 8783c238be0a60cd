package io.genx3d.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts requests against fixed-window token buckets: a bucket of {@code limit} tokens that refills completely
 * at every window boundary ({@link Window}). Used both for API keys (per hour) and for failed authentications
 * (per minute); the {@link BucketStore} decides where buckets live.
 */
public class RateLimiter {

    private final BucketStore store;
    private final Window window;

    /**
     * Shared by every limiter ({@link CacheName#RATE_LIMIT_CONFIGURATIONS}), hence keyed by window as well as limit.
     * Distinct limits in use are few (plans and the limits people choose); past the bound a few are built again.
     */
    private final Cache<Limit, Configured> configurations;

    private record Limit(long tokens, Duration window) {}

    private record Configured(Instant windowEnd, BucketConfiguration configuration) {}

    public RateLimiter(BucketStore store, Duration window, Caches caches) {
        this.store = store;
        this.window = new Window(window);
        this.configurations = caches.cache(CacheName.RATE_LIMIT_CONFIGURATIONS);
    }

    public Decision consume(String bucketId, long limit) {
        Instant now = Instant.now();
        ConsumptionProbe probe = bucket(bucketId, limit, now).tryConsumeAndReturnRemaining(1);
        return decision(probe.isConsumed(), limit, probe.getRemainingTokens(), now);
    }

    /** Gives one token back (never above the limit), for a request that should not have counted. */
    public void refund(String bucketId, long limit) {
        bucket(bucketId, limit, Instant.now()).addTokens(1);
    }

    /** The state of a bucket without spending from it. */
    public Decision peek(String bucketId, long limit) {
        Instant now = Instant.now();
        long available = bucket(bucketId, limit, now).getAvailableTokens();
        return decision(available > 0, limit, available, now);
    }

    public Window window() {
        return window;
    }

    private Bucket bucket(String bucketId, long limit, Instant now) {
        return store.bucket(bucketId, configuration(limit, window.endOf(now)));
    }

    /**
     * The same for every bucket of that limit in this window, so it is built once per limit and window instead of
     * on every request (a store reads it only to create a bucket or to notice a changed limit).
     */
    private BucketConfiguration configuration(long limit, Instant windowEnd) {
        Limit key = new Limit(limit, window.length());
        Configured configured = configurations.getIfPresent(key);
        if (configured == null || !configured.windowEnd.equals(windowEnd)) {
            configured = new Configured(windowEnd, build(limit, windowEnd));
            configurations.put(key, configured);
        }
        return configured.configuration;
    }

    private BucketConfiguration build(long limit, Instant windowEnd) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillIntervallyAligned(limit, window.length(), windowEnd)
                        .initialTokens(limit)
                        .build())
                .build();
    }

    private Decision decision(boolean allowed, long limit, long remaining, Instant now) {
        return new Decision(
                allowed,
                limit,
                Math.max(0, remaining),
                window.endOf(now),
                window.length().toSeconds());
    }
}
