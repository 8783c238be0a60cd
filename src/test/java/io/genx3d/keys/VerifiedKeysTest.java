package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.accounts.AccountChanged;
import io.genx3d.caches.Caches;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Role;
import io.genx3d.caller.Scope;
import io.genx3d.storage.ClusterGrid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
                List.of());
    }

    private static VerifiedKeys cache(Duration ttl) {
        VerifiedKeys cache = new VerifiedKeys();
        cache.ttl = ttl;
        cache.caches = new Caches();
        cache.cluster = new ClusterGrid();
        cache.joinTheClustersCache();
        return cache;
    }

    @Test
    void aGoodKeyIsServedFromMemoryUntilItsTimeToLiveEnds() {
        VerifiedKeys cache = cache(Duration.ofSeconds(30));
        cache.remember(key("k1", "a1", false), now, cache.generation());
        assertTrue(cache.find("hash-k1", now.plusSeconds(29)).isPresent());
        assertFalse(cache.find("hash-k1", now.plusSeconds(30)).isPresent());
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
