package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.genx3d.accounts.AccountChanged;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Role;
import io.genx3d.caller.Scope;
import io.genx3d.storage.ClusterGrid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerifiedKeysTest {

    private static final Actor ADMIN = new Actor("acct_admin", null);

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    private static VerifiedKey key(String id, String account, boolean revoked) {
        return new VerifiedKey(
                id,
                "hash-" + id,
                account,
                Role.USER,
                false,
                Set.of(Scope.MODELS_READ),
                null,
                null,
                null,
                revoked,
                id,
                List.of(),
                null,
                null);
    }

    private static VerifiedKeys cache(Duration ttl) {
        return cache(ttl, new Caches());
    }

    private static VerifiedKeys cache(Duration ttl, Caches caches) {
        VerifiedKeys cache = new VerifiedKeys();
        cache.ttl = ttl;
        cache.caches = caches;
        cache.grid = new ClusterGrid();
        cache.start();
        return cache;
    }

    @Test
    void aGoodKeyIsServedFromMemoryUntilItsTimeToLiveEnds() {
        VerifiedKeys cache = cache(Duration.ofSeconds(30));
        cache.remember(key("k1", "a1", false), now, cache.generation());
        assertTrue(cache.find("hash-k1", now.plusSeconds(29)).isPresent());
        assertFalse(cache.find("hash-k1", now.plusSeconds(30)).isPresent());
    }

    /**
     * Twenty busy keys, then more keys than the cache holds: the busy keys stay and the cache stays nearly full. The
     * cache that emptied itself at its bound lost every key at once, sending all of them to the database together.
     */
    @Test
    void moreLiveKeysThanTheBoundEvictAFewNotAll() {
        int bound = 100;
        VerifiedKeys cache = cache(
                Duration.ofSeconds(30),
                new Caches(Map.of(CacheName.VERIFIED_KEYS, (long) bound), Ticker.systemTicker()));
        List<VerifiedKey> busy = IntStream.range(0, 20)
                .mapToObj(i -> key("busy" + i, "a1", false))
                .toList();
        busy.forEach(key -> cache.remember(key, now, cache.generation()));
        int others = 2 * bound;
        for (int i = 0; i < others; i++) {
            cache.remember(key("k" + i, "a2", false), now, cache.generation());
            for (VerifiedKey key : busy) {
                assertTrue(cache.find(key.keyHash(), now).isPresent(), key.id() + " gone after " + (i + 1) + " others");
            }
        }
        long kept = busy.size()
                + IntStream.range(0, others)
                        .filter(i -> cache.find("hash-k" + i, now).isPresent())
                        .count();
        assertTrue(kept >= bound - bound / 10 && kept <= bound, kept + " keys kept of a bound of " + bound);
    }

    @Test
    void evictionByKeyAndByAccountStillWorksOnABoundedCache() {
        VerifiedKeys cache =
                cache(Duration.ofSeconds(30), new Caches(Map.of(CacheName.VERIFIED_KEYS, 10L), Ticker.systemTicker()));
        IntStream.range(0, 30)
                .forEach(i -> cache.remember(key("k" + i, "a" + (i % 3), false), now, cache.generation()));
        List<String> kept = IntStream.range(0, 30)
                .mapToObj(i -> "k" + i)
                .filter(id -> cache.find("hash-" + id, now).isPresent())
                .toList();
        String someKey = kept.get(0);
        cache.forgetKey(new KeyRevoked(ADMIN, "a0", someKey, RevocationReason.ADMIN, null, Instant.now()));
        assertFalse(cache.find("hash-" + someKey, now).isPresent());
        cache.forgetAccount(new AccountChanged(ADMIN, "a1", "user", "suspended", null, Instant.now()));
        IntStream.range(0, 30)
                .filter(i -> i % 3 == 1)
                .forEach(i -> assertFalse(cache.find("hash-k" + i, now).isPresent(), "k" + i));
    }

    @Test
    void revocationAndAccountChangesEvict() {
        VerifiedKeys cache = cache(Duration.ofSeconds(30));
        cache.remember(key("k1", "a1", false), now, cache.generation());
        cache.remember(key("k2", "a2", false), now, cache.generation());
        cache.forgetKey(new KeyRevoked(ADMIN, "a1", "k1", RevocationReason.ADMIN, null, Instant.now()));
        assertFalse(cache.find("hash-k1", now).isPresent());
        assertTrue(cache.find("hash-k2", now).isPresent());
        cache.forgetAccount(new AccountChanged(ADMIN, "a2", "user", "suspended", null, Instant.now()));
        assertFalse(cache.find("hash-k2", now).isPresent());
    }

    @Test
    void aReadThatRacedWithAnEvictionIsNotKept() {
        VerifiedKeys cache = cache(Duration.ofSeconds(30));
        long before = cache.generation();
        cache.forgetKey(new KeyRevoked(ADMIN, "a1", "k1", RevocationReason.ADMIN, null, Instant.now()));
        cache.remember(key("k1", "a1", false), now, before);
        assertFalse(cache.find("hash-k1", now).isPresent(), "the read may predate the revocation");
    }

    @Test
    void revokedKeysAndAZeroTimeToLiveAreNeverKept() {
        VerifiedKeys cache = cache(Duration.ofSeconds(30));
        cache.remember(key("k1", "a1", true), now, cache.generation());
        assertFalse(cache.find("hash-k1", now).isPresent());
        VerifiedKeys off = cache(Duration.ZERO);
        off.remember(key("k2", "a1", false), now, off.generation());
        assertFalse(off.find("hash-k2", now).isPresent());
    }
}
