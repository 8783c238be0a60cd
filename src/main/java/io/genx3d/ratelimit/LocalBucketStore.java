package io.genx3d.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Buckets in this node's memory. Bucket4j's local buckets are lock-free and exact under concurrency. A bucket
 * untouched since before its current window began has been refilled to capacity, so forgetting it changes
 * nothing: the store sweeps such buckets once a minute, each on its own window (an hour for API keys, a minute
 * for failed authentications), which keeps memory proportional to active callers, not to stored keys.
 */
@ApplicationScoped
@Typed(LocalBucketStore.class) // injected as itself into SharedBucketStore, never as "the" BucketStore
public class LocalBucketStore implements BucketStore {

    private final ConcurrentMap<String, Entry> buckets = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;

    private static final class Entry {
        final Bucket bucket;
        final Window window;
        volatile long capacity;
        volatile Instant lastUsed = Instant.now();

        Entry(Bucket bucket, long capacity, Window window) {
            this.bucket = bucket;
            this.capacity = capacity;
            this.window = window;
        }
    }

    @PostConstruct
    void startSweeping() {
        if (scheduler != null) {
            sweep = scheduler.scheduleAtFixedRate(() -> forgetIdle(Instant.now()), 1, 1, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stopSweeping() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    @Override
    public Bucket bucket(String id, BucketConfiguration configuration) {
        long capacity = configuration.getBandwidths()[0].getCapacity();
        Entry entry = buckets.computeIfAbsent(
                id, ignored -> new Entry(newBucket(configuration), capacity, windowOf(configuration)));
        entry.lastUsed = Instant.now();
        if (entry.capacity != capacity) {
            synchronized (entry) {
                if (entry.capacity != capacity) {
                    entry.bucket.replaceConfiguration(configuration, TokensInheritanceStrategy.AS_IS);
                    entry.capacity = capacity;
                }
            }
        }
        return entry.bucket;
    }

    /** Wall-clock milliseconds: windows are aligned to real time, so the bucket must measure real time. */
    private static Bucket newBucket(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder().withMillisecondPrecision();
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    /** The refill period of the bucket's limit: the fixed window it counts in. */
    private static Window windowOf(BucketConfiguration configuration) {
        return new Window(Duration.ofNanos(configuration.getBandwidths()[0].getRefillPeriodNanos()));
    }

    /** Drops buckets last used before their current window began: they are full again, as a new one would be. */
    int forgetIdle(Instant now) {
        int before = buckets.size();
        buckets.values().removeIf(entry -> entry.lastUsed.isBefore(entry.window.startOf(now)));
        return before - buckets.size();
    }

    int size() {
        return buckets.size();
    }
}
