package io.genx3d.ratelimit;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.benmanes.caffeine.cache.Ticker;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** This node's proxies of the grid's buckets; the grid itself stands in (a proxy is built without calling it). */
class GridBucketStoreTest {

    private static final BucketConfiguration HOURLY = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                    .capacity(100)
                    .refillIntervally(100, Duration.ofHours(1))
                    .build())
            .build();

    /**
     * Busy buckets keep their proxy (and with it the batches their requests share) among more buckets than the node
     * remembers. The map that emptied itself at its bound rebuilt every busy bucket's proxy at once.
     */
    @Test
    @SuppressWarnings("unchecked")
    void moreLiveKeysThanTheBoundEvictAFewNotAll() {
        int bound = 100;
        HazelcastInstance grid = mock(HazelcastInstance.class);
        when(grid.getConfig()).thenReturn(new Config());
        when(grid.<String, byte[]>getMap(GridBucketStore.MAP)).thenReturn(mock(IMap.class));
        BucketStore store = GridBucketStore.on(
                grid, new Caches(Map.of(CacheName.GRID_BUCKET_PROXIES, (long) bound), Ticker.systemTicker()));
        List<String> busy = IntStream.range(0, 20).mapToObj(i -> "key:busy" + i).toList();
        List<Bucket> proxies = busy.stream().map(id -> store.bucket(id, HOURLY)).toList();
        for (int i = 0; i < 2 * bound; i++) {
            store.bucket("key:other" + i, HOURLY);
            for (int b = 0; b < busy.size(); b++) {
                assertSame(proxies.get(b), store.bucket(busy.get(b), HOURLY), busy.get(b) + "'s proxy was built again");
            }
        }
    }
}
