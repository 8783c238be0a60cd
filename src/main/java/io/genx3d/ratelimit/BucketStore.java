package io.genx3d.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where token buckets live. The interceptor and the limiter only ever see {@link Bucket}s, so buckets can move
 * from this node's memory into the cluster's data grid (Bucket4j's JCache proxy manager over Hazelcast) by
 * swapping this one implementation.
 */
public interface BucketStore {

    /**
     * The bucket with this id: created from {@code configuration} if new, reconfigured (keeping its tokens, up to
     * the new capacity) if it was made with another capacity.
     */
    Bucket bucket(String id, BucketConfiguration configuration);
}
