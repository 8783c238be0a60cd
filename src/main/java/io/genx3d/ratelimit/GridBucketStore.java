package io.genx3d.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.storage.GridObjects;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;

/**
 * Buckets in Payara's data grid, shared by every node of the cluster: Bucket4j's Hazelcast integration, in its
 * compare-and-swap form (a bucket's state is a byte array replaced atomically with {@code IMap.replace}), so no
 * class of ours or Bucket4j's has to be deserialized on another member. Each bucket has a backup on another member
 * (the map's default), so a node's death neither resets nor doubles a limit.
 * <p>
 * Not a CDI bean and created only through {@link SharedBucketStore} once a grid was found: on servers without
 * Hazelcast (WildFly) this class is never loaded.
 */
final class GridBucketStore implements BucketStore {

    static final String MAP = "genx3d-rate-limit-buckets";

    /** A bucket untouched for this long is full again (the longest window is an hour), so the grid may forget it. */
    private static final int IDLE_SECONDS = 2 * 3600;

    private final ProxyManager<String> buckets;

    /**
     * One proxy per bucket, so the requests that wait on the same bucket share its batches; at most
     * {@code genx3d.caches.grid-bucket-proxies.max-entries} ({@link Caches}). A proxy holds no tokens (the grid
     * does), so one evicted past the bound is only built again on its bucket's next request.
     */
    private final Cache<String, Bucket> proxies;

    private GridBucketStore(ProxyManager<String> buckets, Cache<String, Bucket> proxies) {
        this.buckets = buckets;
        this.proxies = proxies;
    }

    static BucketStore on(Object shared, Caches caches) {
        HazelcastInstance grid = (HazelcastInstance) shared;
        grid.getConfig().addMapConfig(new MapConfig(MAP).setMaxIdleSeconds(IDLE_SECONDS));
        IMap<String, byte[]> map = GridObjects.outsideTheApplication(() -> grid.getMap(MAP));
        return new GridBucketStore(
                Bucket4jHazelcast.casBasedBuilder(map).build(), caches.cache(CacheName.GRID_BUCKET_PROXIES));
    }

    /**
     * The bucket with this id and capacity. A capacity change (a key's limit or a plan edited) starts a new bucket
     * rather than reconfiguring the shared one, which Bucket4j can only do towards higher versions.
     */
    @Override
    public Bucket bucket(String id, BucketConfiguration configuration) {
        String gridKey = id + "@" + configuration.getBandwidths()[0].getCapacity();
        // Batching is exact: requests arriving while one is in the grid go together in the next single operation.
        return proxies.get(
                gridKey,
                ignored -> buckets.builder()
                        .withOptimization(Optimizations.batching())
                        .build(gridKey, () -> configuration));
    }
}
