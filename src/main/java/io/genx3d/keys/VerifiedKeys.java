package io.genx3d.keys;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.accounts.AccountChanged;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.organizations.ProjectChanged;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keys verified recently, by hash, so a busy key costs no database lookup and no data-grid operation. Correctness
 * comes from eviction, not from the time-to-live: revoking a key evicts it and changing an account evicts all its keys
 * once the change has committed and before it is answered, so the very next request re-reads them; a verification
 * that read the database before such an eviction is not kept (the generation check); expiry is checked against the
 * kept {@code expires_at} on every hit. The time-to-live ({@code genx3d.keys.cache-ttl}, 30 s; {@code PT0S} turns the
 * cache off) bounds staleness for changes made outside the application (in the database by hand).
 * <p>
 * Each node keeps its own cache, read locally (a near cache). In a cluster an eviction is carried to every node and
 * confirmed by each before the change is answered ({@link KeyCacheEvictions}), so a revocation on one node refuses on
 * all from the next request. The cache is neither read nor filled while the grid misses a live node
 * ({@link ClusterMembership}), which would not hear this node's evictions nor this node its own, and it is emptied
 * whenever members come or go.
 * <p>
 * It holds at most {@code genx3d.caches.verified-keys.max-entries} keys ({@link Caches}); past that, the least used
 * few are evicted, and each entry also leaves when its time-to-live ends.
 */
@ApplicationScoped
public class VerifiedKeys {

    private static final Logger LOG = Logger.getLogger(VerifiedKeys.class.getName());

    /**
     * This node's cache, for evictions sent by other nodes: they arrive on a grid thread, outside CDI. One per
     * deployment, since each deployment of the application has its own copy of this class.
     */
    private static volatile VerifiedKeys thisNode;

    @Inject
    @ConfigProperty(name = "genx3d.keys.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "genx3d.cluster.eviction-timeout", defaultValue = "PT5S")
    Duration evictionTimeout;

    @Inject
    Caches caches;

    @Inject
    ClusterGrid grid;

    @Inject
    ClusterMembership membership;

    private Cache<String, Entry> byHash;

    /** Carries evictions to the other nodes, when this node shares state through the data grid; else null. */
    private KeyCacheEvictions otherNodes;

    private final AtomicLong generation = new AtomicLong();

    private record Entry(VerifiedKey key, Instant verifiedAt) {}

    @PostConstruct
    void start() {
        byHash = caches.cache(CacheName.VERIFIED_KEYS, ttl);
        // No method reference here: linking one would load KeyCacheEvictions, and with it Hazelcast, on any server.
        Optional<Object> shared = grid.shared();
        if (shared.isPresent()) {
            otherNodes = KeyCacheEvictions.on(shared.get(), evictionTimeout);
        }
        thisNode = this;
    }

    public Optional<VerifiedKey> find(String keyHash, Instant now) {
        if (!trusted()) {
            return Optional.empty();
        }
        Entry entry = byHash.getIfPresent(keyHash);
        if (entry == null || !entry.verifiedAt.plus(ttl).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(entry.key);
    }

    /** Taken before reading a key from the database, and handed back to {@link #remember}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps a key that has just been read as good, unless anything was evicted since that read began. */
    public void remember(VerifiedKey key, Instant now, long readAtGeneration) {
        if (ttl.isZero() || key.revoked() || key.accountSuspended() || !trusted()) {
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

    /** Alone, always; in a cluster, only while every live node is in the grid and no change of members is pending. */
    private boolean trusted() {
        return otherNodes == null || membership.gridIsWhole();
    }

    void forgetKey(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRevoked revoked) {
        forgetEverywhere(new EvictVerifiedKeys(EvictVerifiedKeys.Kind.KEY, revoked.keyId()));
    }

    /** The old key of a roll now expires at the end of its grace period; its children may expire sooner. */
    void forgetKey(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRolled rolled) {
        forgetEverywhere(new EvictVerifiedKeys(EvictVerifiedKeys.Kind.KEY, rolled.keyId()));
        rolled.handedOn().forEach(child -> forgetEverywhere(new EvictVerifiedKeys(EvictVerifiedKeys.Kind.KEY, child)));
    }

    /** A changed allowlist, rate limit or expiry (and its children's capped expiry) applies from the next request. */
    void forgetKey(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyChanged changed) {
        changed.touchedKeys().forEach(key -> forgetEverywhere(new EvictVerifiedKeys(EvictVerifiedKeys.Kind.KEY, key)));
    }

    void forgetAccount(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        forgetEverywhere(new EvictVerifiedKeys(EvictVerifiedKeys.Kind.ACCOUNT, change.accountId()));
    }

    /** A project key's entry carries the project as its account: a changed project limit applies from the next request. */
    void forgetProject(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectChanged change) {
        forgetEverywhere(new EvictVerifiedKeys(EvictVerifiedKeys.Kind.ACCOUNT, change.projectId()));
    }

    /** Each node hears its own members change and empties its own cache: a healed split brings no stale entry back. */
    void forgetAll(@Observes GridMembershipChanged change) {
        generation.incrementAndGet();
        byHash.invalidateAll();
    }

    private void forgetEverywhere(EvictVerifiedKeys eviction) {
        forget(eviction); // here first, whatever the grid does
        if (otherNodes != null) {
            otherNodes.everywhere(eviction);
        }
    }

    /** An eviction another node sent (or this one, through the grid). */
    static void onThisNode(EvictVerifiedKeys eviction) {
        VerifiedKeys keys = thisNode;
        if (keys == null) {
            LOG.fine(() -> "No cache of verified keys on this node yet to evict " + eviction + " from");
            return;
        }
        keys.forget(eviction);
    }

    private void forget(EvictVerifiedKeys eviction) {
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(entry -> switch (eviction.kind()) {
            case KEY -> entry.key.id().equals(eviction.id());
            case ACCOUNT -> entry.key.accountId().equals(eviction.id());
        });
    }
}
