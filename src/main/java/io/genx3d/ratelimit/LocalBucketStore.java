package io.genx3d.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Buckets in this node's memory. Bucket4j's local buckets are lock-free and exact under concurrency. A bucket
 * untouched since before its current window began has been refilled to capacity, so forgetting it changes
 * nothing: {@link #forgetIdleSince} keeps memory proportional to active callers, not to stored keys.
 */
@ApplicationScoped
public class LocalBucketStore implements BucketStore {

    private final ConcurrentMap<String, Entry> buckets = new ConcurrentHashMap<>();

    private static final class Entry {
        final Bucket bucket;
        volatile long capacity;
        volatile Instant lastUsed = Instant.now();

        Entry(Bucket bucket, long capacity) {
            this.bucket = bucket;
            this.capacity = capacity;
        }
    }

    @Override
    public Bucket bucket(String id, BucketConfiguration configuration) {
        long capacity = configuration.getBandwidths()[0].getCapacity();
        Entry entry = buckets.computeIfAbsent(id, ignored -> new Entry(newBucket(configuration), capacity));
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

    /** Drops buckets last used before {@code windowStart}: they are full again, as a new bucket would be. */
    public int forgetIdleSince(Instant windowStart) {
        int before = buckets.size();
        buckets.values().removeIf(entry -> entry.lastUsed.isBefore(windowStart));
        return before - buckets.size();
    }

    public int size() {
        return buckets.size();
    }
}
