package io.genx3d.keys;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.accounts.AccountChanged;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.storage.ClusterGrid;
import io.genx3d.storage.ClusterMembership;
import io.genx3d.storage.GridMembershipChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keys verified recently, by hash, so a busy key costs no database lookup. Correctness comes from eviction, not
 * from the time-to-live: revoking a key evicts it and changing an account evicts all its keys once the change has
 * committed and before it is answered, so the very next request re-reads them; a verification that read the
 * database before such an eviction is not kept (the generation check); expiry is checked against the kept
 * {@code expires_at} on every hit. The time-to-live ({@code genx3d.keys.cache-ttl}, 30 s; {@code PT0S} turns the cache off) bounds
 * staleness for changes made outside the application (in the database by hand). In a cluster the cache is the data
 * grid's ({@link GridKeyCache}), so an eviction on one node is an eviction on all before it is answered; it is
 * neither read nor filled while the grid misses a live node ({@link ClusterMembership}), whose evictions would not
 * reach it, and it is emptied whenever members come or go, so a split that heals brings back no revoked key.
 * <p>
 * This node's own cache holds at most {@code genx3d.caches.verified-keys.max-entries} keys ({@link Caches}); past
 * that, the least used few are evicted, and each entry also leaves when its time-to-live ends.
 */
@ApplicationScoped
public class VerifiedKeys {

    @Inject
    @ConfigProperty(name = "genx3d.keys.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @Inject
    Caches caches;

    @Inject
    ClusterGrid cluster;

    @Inject
    ClusterMembership membership;

    private Cache<String, Entry> byHash;

    /** The cluster's shared cache, when this node shares state through the data grid; else this node's map. */
    private GridKeyCache grid;

    @PostConstruct
    void joinTheClustersCache() {
        // Built either way, so evictions need no null check; with the grid's cache it stays empty and unused.
        byHash = caches.cache(CacheName.VERIFIED_KEYS, ttl);
        // No method reference here: linking one would load GridKeyCache, and with it Hazelcast, on any server.
        Optional<Object> shared = cluster.shared();
        if (shared.isPresent() && !ttl.isZero()) {
            grid = GridKeyCache.on(shared.get());
        }
    }

    private final AtomicLong generation = new AtomicLong();

    private record Entry(VerifiedKey key, Instant verifiedAt) {}

    public Optional<VerifiedKey> find(String keyHash, Instant now) {
        if (grid != null) {
            return membership.gridIsWhole() ? grid.find(keyHash) : Optional.empty();
        }
        Entry entry = byHash.getIfPresent(keyHash);
        if (entry == null || !entry.verifiedAt.plus(ttl).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(entry.key);
    }

    /** Taken before reading a key from the database, and handed back to {@link #remember}. */
    public long generation() {
        if (grid != null) {
            return grid.generation();
        }
        return generation.get();
    }

    /** Keeps a key that has just been read as good, unless anything was evicted since that read began. */
    public void remember(VerifiedKey key, Instant now, long readAtGeneration) {
        if (ttl.isZero() || key.revoked() || key.accountSuspended()) {
            return;
        }
        if (grid != null) {
            if (membership.gridIsWhole()) {
                grid.remember(key, readAtGeneration, ttl);
            }
            return;
        }
        if (generation.get() != readAtGeneration) {
            return;
        }
        Entry entry = new Entry(key, now);
        byHash.put(key.keyHash(), entry);
        // An eviction may have come between the check above and the put (it counts the generation up before it
        // removes): looked at again after the put, such an entry is taken back, so a revoked key is never kept.
        if (generation.get() != readAtGeneration) {
            byHash.asMap().remove(key.keyHash(), entry);
        }
    }

    void forgetKey(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRevoked revoked) {
        forgetKey(revoked.keyId());
    }

    /** The old key of a roll now expires at the end of its grace period; its children may expire sooner. */
    void forgetKey(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRolled rolled) {
        forgetKey(rolled.keyId());
        rolled.handedOn().forEach(this::forgetKey);
    }

    /** A changed allowlist applies from the next request. */
    void forgetKey(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyChanged changed) {
        forgetKey(changed.keyId());
    }

    private void forgetKey(String keyId) {
        if (grid != null) {
            grid.forgetKey(keyId);
        }
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(entry -> entry.key.id().equals(keyId));
    }

    /** Runs on every node; emptying the shared map twice costs nothing more than a refill. */
    void forgetAll(@Observes GridMembershipChanged change) {
        if (grid != null) {
            grid.forgetAll();
        }
    }

    void forgetAccount(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        if (grid != null) {
            grid.forgetAccount(change.accountId());
        }
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(entry -> entry.key.accountId().equals(change.accountId()));
    }
}
