package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedKeysTest {

    private final KeyHasher hasher = new KeyHasher("p".repeat(32).getBytes(StandardCharsets.US_ASCII));

    /**
     * Busy keys stay known among more keys than the memory holds. The memory that emptied itself at its bound made
     * every known key a stranger again at once, so none could pass its address's exhausted failure allowance.
     */
    @Test
    void moreLiveKeysThanTheBoundEvictAFewNotAll() {
        int bound = 100;
        RecentlyVerifiedKeys known = new RecentlyVerifiedKeys();
        known.hasher = hasher;
        known.memory = Duration.ofDays(1);
        known.caches = new Caches(Map.of(CacheName.KNOWN_GOOD_KEYS, (long) bound), Ticker.systemTicker());
        known.init();
        List<String> busy = IntStream.range(0, 20).mapToObj(i -> "sk-busy-" + i).toList();
        busy.forEach(token -> known.record(hasher.hash(token), Instant.now()));
        int others = 2 * bound;
        for (int i = 0; i < others; i++) {
            known.record(hasher.hash("sk-other-" + i), Instant.now());
            for (String token : busy) {
                assertTrue(known.recentlyVerified(token), token + " forgotten after " + (i + 1) + " others");
            }
        }
        long kept = busy.size()
                + IntStream.range(0, others)
                        .filter(i -> known.recentlyVerified("sk-other-" + i))
                        .count();
        assertTrue(kept >= bound - bound / 10 && kept <= bound, kept + " keys kept of a bound of " + bound);
    }
}
