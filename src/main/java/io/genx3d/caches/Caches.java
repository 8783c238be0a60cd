package io.genx3d.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Builds every in-memory cache, so that all of them are bounded the same way: at most
 * {@code genx3d.caches.<name>.max-entries} entries ({@link CacheName} has the defaults), and past that bound Caffeine
 * evicts the few entries least likely to be asked for again (W-TinyLFU), never the whole cache at once, so that no
 * moment sends every lookup to the database together. A cache that has a time-to-live is given it here too.
 * <p>
 * Each name is one cache, built the first time it is asked for and shared by whoever asks again (the rate limiters
 * share one cache of bucket configurations). Each publishes {@code genx3d_cache_size}, {@code genx3d_cache_hit_ratio},
 * {@code genx3d_cache_hits}, {@code genx3d_cache_misses} and {@code genx3d_cache_evictions}, tagged
 * {@code cache=<name>}, where the server has MicroProfile Metrics (not WildFly's default).
 */
@ApplicationScoped
public class Caches {

    @Inject
    Instance<Config> configs;

    @Inject
    Instance<MetricRegistry> registries;

    private final Map<CacheName, Long> givenBounds;
    private final Ticker ticker;
    private final ConcurrentMap<CacheName, Cache<?, ?>> built = new ConcurrentHashMap<>();

    /** The container's: bounds from MicroProfile Config, time from the system's nanosecond clock. */
    public Caches() {
        this(Map.of(), Ticker.systemTicker());
    }

    /** Outside a container (unit tests): these bounds (the defaults for names not given) and this clock. */
    public Caches(Map<CacheName, Long> bounds, Ticker ticker) {
        this.givenBounds = Map.copyOf(bounds);
        this.ticker = ticker;
    }

    /** The cache with this name, bounded; its entries leave only when the bound (or an owner) evicts them. */
    public <K, V> Cache<K, V> cache(CacheName name) {
        return cache(name, null);
    }

    /** The cache with this name, bounded, each entry also leaving {@code timeToLive} after it was written. */
    @SuppressWarnings("unchecked") // each name is used by one class, with one key and one value type
    public <K, V> Cache<K, V> cache(CacheName name, Duration timeToLive) {
        return (Cache<K, V>) built.computeIfAbsent(name, ignored -> build(name, timeToLive));
    }

    /** The bound in force: the setting's value, else its default. */
    public long bound(CacheName name) {
        Long given = givenBounds.get(name);
        if (given != null) {
            return given;
        }
        if (configs == null || !configs.isResolvable()) {
            return name.defaultBound();
        }
        return configs.get().getOptionalValue(name.setting(), Long.class).orElse(name.defaultBound());
    }

    private Cache<Object, Object> build(CacheName name, Duration timeToLive) {
        long bound = bound(name);
        if (bound < 0) {
            throw new IllegalArgumentException(name.setting() + " must be 0 (keep nothing) or more, not " + bound);
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumSize(bound)
                .ticker(ticker)
                // Caffeine's maintenance (eviction, expiry) would otherwise run on ForkJoinPool.commonPool(), a thread
                // pool the container neither manages nor stops with the application; on the calling thread it costs
                // an amortised few entries per write, done by the request that wrote them.
                .executor(Runnable::run)
                .recordStats();
        if (timeToLive != null) {
            builder.expireAfterWrite(timeToLive);
        }
        Cache<Object, Object> cache = builder.build();
        publish(name, cache);
        return cache;
    }

    private void publish(CacheName name, Cache<?, ?> cache) {
        if (registries == null || !registries.isResolvable()) {
            return;
        }
        MetricRegistry metrics = registries.get();
        Tag tag = new Tag("cache", name.label());
        gauge(metrics, tag, "size", "Entries in the cache now", cache::estimatedSize);
        gauge(metrics, tag, "hit_ratio", "Share of lookups found (1 before any)", stat(cache, CacheStats::hitRate));
        gauge(metrics, tag, "hits", "Lookups found since start", stat(cache, CacheStats::hitCount));
        gauge(metrics, tag, "misses", "Lookups not found since start", stat(cache, CacheStats::missCount));
        gauge(metrics, tag, "evictions", "Entries evicted since start", stat(cache, CacheStats::evictionCount));
    }

    private static Supplier<Number> stat(Cache<?, ?> cache, Function<CacheStats, Number> read) {
        return () -> read.apply(cache.stats());
    }

    private static <T extends Number> void gauge(
            MetricRegistry metrics, Tag tag, String what, String description, Supplier<T> value) {
        Metadata metadata = Metadata.builder()
                .withName("genx3d_cache_" + what)
                .withDescription(description)
                .build();
        metrics.gauge(metadata, value, tag);
    }
}
