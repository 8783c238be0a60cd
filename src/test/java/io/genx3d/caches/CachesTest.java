package io.genx3d.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

/** The one way caches are built: bounded, evicting a few entries at a time, timed by the given clock, measured. */
class CachesTest {

    private static final int BOUND = 100;

    private final AtomicLong nanos = new AtomicLong();

    /**
     * A flood of keys, ten times the bound, while twenty keys stay busy: the busy ones stay, and the cache stays
     * full (less than a tenth below its bound) instead of emptying itself once it is full. Eviction runs on the
     * writing thread, so the size is within its bound after every write, with nothing to wait for.
     */
    @ParameterizedTest
    @EnumSource(CacheName.class)
    void moreLiveKeysThanTheBoundEvictAFewNotAll(CacheName name) {
        Cache<String, String> cache = new Caches(Map.of(name, (long) BOUND), nanos::get).cache(name);
        List<String> busy = IntStream.range(0, 20).mapToObj(i -> "busy-" + i).toList();
        busy.forEach(key -> cache.put(key, key));
        for (int i = 0; i < 10 * BOUND; i++) {
            cache.put("passing-" + i, "once");
            for (String key : busy) {
                assertNotNull(cache.getIfPresent(key), key + " was evicted after " + (i + 1) + " passing keys");
            }
            long size = cache.estimatedSize();
            assertTrue(size <= BOUND, "above its bound: " + size);
            if (i >= BOUND) {
                assertTrue(size >= BOUND - BOUND / 10, "a cliff: " + size + " entries after " + (i + 1) + " keys");
            }
        }
        assertTrue(cache.stats().evictionCount() > 0);
    }

    @Test
    void eachNameIsOneCacheSharedByWhoeverAsksForIt() {
        Caches caches = new Caches(Map.of(), nanos::get);
        assertSame(
                caches.cache(CacheName.RATE_LIMIT_CONFIGURATIONS), caches.cache(CacheName.RATE_LIMIT_CONFIGURATIONS));
    }

    @Test
    void anEntryLeavesWhenItsTimeToLiveEnds() {
        Cache<String, String> cache =
                new Caches(Map.of(), nanos::get).cache(CacheName.VERIFIED_KEYS, Duration.ofSeconds(30));
        cache.put("key", "verified");
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertNotNull(cache.getIfPresent("key"));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertNull(cache.getIfPresent("key"));
    }

    @Test
    void theBoundIsItsSettingElseItsDefault() {
        Caches caches = new Caches();
        Config config = mock(Config.class);
        when(config.getOptionalValue("genx3d.caches.key-uses.max-entries", Long.class))
                .thenReturn(Optional.of(5L));
        when(config.getOptionalValue("genx3d.caches.verified-keys.max-entries", Long.class))
                .thenReturn(Optional.empty());
        caches.configs = resolvable(config);
        assertEquals(5, caches.bound(CacheName.KEY_USES));
        assertEquals(100_000, caches.bound(CacheName.VERIFIED_KEYS));
        Cache<Integer, Integer> uses = caches.cache(CacheName.KEY_USES);
        IntStream.range(0, 50).forEach(i -> uses.put(i, i));
        assertEquals(5, uses.estimatedSize());
    }

    @Test
    void sizeAndHitRateArePublishedForEachCache() {
        Caches caches = new Caches(Map.of(), nanos::get);
        MetricRegistry metrics = mock(MetricRegistry.class);
        caches.registries = resolvable(metrics);
        Cache<String, String> cache = caches.cache(CacheName.KNOWN_GOOD_KEYS);
        cache.put("a", "1");
        cache.put("b", "2");
        cache.getIfPresent("a");
        cache.getIfPresent("c");
        Tag tag = new Tag("cache", "known-good-keys");
        assertEquals(2L, gauge(metrics, "genx3d_cache_size", tag).longValue());
        assertEquals(0.5, gauge(metrics, "genx3d_cache_hit_ratio", tag).doubleValue());
        assertEquals(1L, gauge(metrics, "genx3d_cache_hits", tag).longValue());
        assertEquals(1L, gauge(metrics, "genx3d_cache_misses", tag).longValue());
        assertEquals(0L, gauge(metrics, "genx3d_cache_evictions", tag).longValue());
    }

    @SuppressWarnings("unchecked")
    private static Number gauge(MetricRegistry metrics, String name, Tag tag) {
        ArgumentCaptor<Supplier<Number>> value = ArgumentCaptor.forClass(Supplier.class);
        verify(metrics)
                .gauge(argThat((Metadata metadata) -> metadata.getName().equals(name)), value.capture(), eq(tag));
        return value.getValue().get();
    }

    @SuppressWarnings("unchecked")
    private static <T> Instance<T> resolvable(T value) {
        Instance<T> instance = mock(Instance.class);
        when(instance.isResolvable()).thenReturn(true);
        when(instance.get()).thenReturn(value);
        return instance;
    }
}
