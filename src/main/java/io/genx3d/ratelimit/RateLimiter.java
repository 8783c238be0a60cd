package io.genx3d.ratelimit;

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

    public RateLimiter(BucketStore store, Duration window) {
        this.store = store;
        this.window = new Window(window);
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
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillIntervallyAligned(limit, window.length(), window.endOf(now))
                        .initialTokens(limit)
                        .build())
                .build();
        return store.bucket(bucketId, configuration);
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
