package io.genx3d.keys;

import io.genx3d.auth.KnownGoodKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each key (by hash) last authenticated successfully on this node, for {@code genx3d.ratelimit.known-key-memory}
 * (a day by default). A key seen good within that time may pass an address's exhausted failure allowance; it is
 * still looked up and checked, so a key revoked since is refused as always. Only hashes are kept, never keys.
 */
@ApplicationScoped
public class RecentlyVerifiedKeys implements KnownGoodKeys {

    /** Far above the keys one node serves in a day; reaching it simply starts over. */
    static final int MAX_ENTRIES = 200_000;

    @Inject
    KeyHasher hasher;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.known-key-memory", defaultValue = "P1D")
    Duration memory;

    private final ConcurrentMap<String, Instant> lastGood = new ConcurrentHashMap<>();

    void record(String keyHash, Instant now) {
        if (lastGood.size() >= MAX_ENTRIES) {
            lastGood.clear();
        }
        lastGood.put(keyHash, now);
    }

    @Override
    public boolean recentlyVerified(String bearerToken) {
        Instant seen = lastGood.get(hasher.hash(bearerToken));
        return seen != null && seen.plus(memory).isAfter(Instant.now());
    }
}
