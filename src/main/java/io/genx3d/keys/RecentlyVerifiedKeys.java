package io.genx3d.keys;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.auth.KnownGoodKeys;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each key (by hash) last authenticated successfully on this node, for {@code genx3d.ratelimit.known-key-memory}
 * (a day by default). A key seen good within that time may pass an address's exhausted failure allowance; it is
 * still looked up and checked, so a key revoked since is refused as always. Only hashes are kept, never keys: at most
 * {@code genx3d.caches.known-good-keys.max-entries} of them ({@link Caches}), the least used few evicted past that.
 */
@ApplicationScoped
public class RecentlyVerifiedKeys implements KnownGoodKeys {

    @Inject
    KeyHasher hasher;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.known-key-memory", defaultValue = "P1D")
    Duration memory;

    private Cache<String, Instant> lastGood;

    @PostConstruct
    void init() {
        lastGood = caches.cache(CacheName.KNOWN_GOOD_KEYS, memory);
    }

    void record(String keyHash, Instant now) {
        lastGood.put(keyHash, now);
    }

    @Override
    public boolean recentlyVerified(String bearerToken) {
        Instant seen = lastGood.getIfPresent(hasher.hash(bearerToken));
        return seen != null && seen.plus(memory).isAfter(Instant.now());
    }
}
