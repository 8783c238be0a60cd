package io.genx3d.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Buckets in this node's memory. Bucket4j's local buckets are lock-free and exact under concurrency. A bucket
 * untouched for a whole window has been refilled to capacity since (its window starts at its first use and refills at
 * each window's end), so forgetting it changes nothing: the store sweeps such buckets once a minute, each on its own
 * window (a minute for failed authentications, an hour for sign-ups), which keeps memory proportional to active
 * subjects.
 */
@ApplicationScoped
@Typed(LocalBucketStore.class) // injected as itself into SharedBucketStore, never as "the" BucketStore
public class LocalBucketStore implements BucketStore {

    private final ConcurrentMap<String, Entry> buckets = new ConcurrentHashMap<>();

    /** Wall-clock time, or a test's: windows measured by the buckets and by the sweep alike. */
    private final Clock clock;

    public LocalBucketStore() {
        this(Clock.systemUTC());
    }

    LocalBucketStore(Clock clock) {
        this.clock = clock;
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;

    private static final class Entry {
        final Bucket bucket;
        final Duration window;
        volatile long capacity;
        volatile Instant lastUsed;

        Entry(Bucket bucket, long capacity, Duration window, Instant now) {
            this.bucket = bucket;
            this.capacity = capacity;
            this.window = window;
            this.lastUsed = now;
        }
    }

    @PostConstruct
    void startSweeping() {
        if (scheduler != null) {
            sweep = scheduler.scheduleAtFixedRate(() -> forgetIdle(clock.instant()), 1, 1, TimeUnit.MINUTES);
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
        Instant now = clock.instant();
        Entry entry = buckets.computeIfAbsent(
                id, ignored -> new Entry(newBucket(configuration), capacity, windowOf(configuration), now));
        entry.lastUsed = now;
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

    /** Milliseconds of this store's clock, so a test moves the buckets' time with the sweep's. */
    private Bucket newBucket(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        });
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    /** The refill period of the bucket's limit: the fixed window it counts in. */
    private static Duration windowOf(BucketConfiguration configuration) {
        return Duration.ofNanos(configuration.getBandwidths()[0].getRefillPeriodNanos());
    }

    /** Drops buckets unused for a whole window: they are full again, as a new one would be. */
    int forgetIdle(Instant now) {
        int before = buckets.size();
        buckets.values().removeIf(entry -> !entry.lastUsed.plus(entry.window).isAfter(now));
        return before - buckets.size();
    }

    int size() {
        return buckets.size();
    }
}
