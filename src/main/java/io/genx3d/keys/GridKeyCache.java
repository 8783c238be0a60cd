package io.genx3d.keys;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import io.genx3d.json.JsonMapping;
import io.genx3d.storage.GridObjects;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The verified-key cache of a cluster: one map in Payara's data grid that every node reads, so a revocation or an
 * account change removes its keys for all nodes before it is answered, instead of each node keeping its own copy
 * for the time-to-live. Entries are JSON ({@code HazelcastJsonValue}): no class of ours is deserialized by another
 * member, and keys can be removed by account with a query. The eviction generation is a grid counter, so a
 * verification that read the database before an eviction on any node is not kept. The counter is one entry of a grid
 * map counted up by compare-and-set, not a CP {@code IAtomicLong}: Hazelcast 5.5 and later (Payara 7) reserve the CP
 * subsystem for their Enterprise edition.
 * <p>
 * After members come or go the map is emptied ({@link #forgetAll}): when a split heals, Hazelcast merges the
 * entries each side kept, including keys the other side revoked meanwhile. When the grid does not answer, a lookup is a miss (the database decides) and nothing is kept: a node cut off from
 * the cluster never serves from a cache it can no longer have invalidated.
 */
final class GridKeyCache {

    static final String MAP = "genx3d-verified-keys";
    static final String GENERATION = "genx3d-verified-keys-generation";
    private static final Logger LOG = Logger.getLogger(GridKeyCache.class.getName());

    private final IMap<String, HazelcastJsonValue> byHash;
    private final IMap<String, Long> generations;

    private GridKeyCache(HazelcastInstance grid) {
        // Reads may use this member's backup copy: backups are written synchronously (one, the default), so a
        // removal has reached them before it returns, and with two members every read is then local.
        grid.getConfig().addMapConfig(new MapConfig(MAP).setReadBackupData(true));
        this.byHash = GridObjects.outsideTheApplication(() -> grid.getMap(MAP));
        this.generations = GridObjects.outsideTheApplication(() -> grid.getMap(GENERATION));
    }

    static GridKeyCache on(Object grid) {
        return new GridKeyCache((HazelcastInstance) grid);
    }

    Optional<VerifiedKey> find(String keyHash) {
        try {
            HazelcastJsonValue json = byHash.get(keyHash);
            return json == null
                    ? Optional.empty()
                    : Optional.of(JsonMapping.JSONB.fromJson(json.toString(), VerifiedKey.class));
        } catch (RuntimeException gridUnreachable) {
            LOG.fine(() -> "Data grid not answering, reading the database: " + gridUnreachable);
            return Optional.empty();
        }
    }

    /** The eviction generation, or -1 when the grid does not answer (then nothing read now will be kept). */
    long generation() {
        try {
            return currentGeneration();
        } catch (RuntimeException gridUnreachable) {
            return -1;
        }
    }

    void remember(VerifiedKey key, long readAtGeneration, Duration ttl) {
        try {
            if (readAtGeneration >= 0 && currentGeneration() == readAtGeneration) {
                byHash.put(
                        key.keyHash(),
                        new HazelcastJsonValue(JsonMapping.JSONB.toJson(key)),
                        ttl.toMillis(),
                        TimeUnit.MILLISECONDS);
                // An eviction on any node between the check and the put counted the generation up first: take it back.
                if (currentGeneration() != readAtGeneration) {
                    byHash.delete(key.keyHash());
                }
            }
        } catch (RuntimeException gridUnreachable) {
            LOG.fine(() -> "Data grid not answering, not caching: " + gridUnreachable);
        }
    }

    private long currentGeneration() {
        Long current = generations.get(GENERATION);
        return current == null ? 0 : current;
    }

    /** Compare-and-set on the entry's owner, so two nodes counting up at once both count. */
    private void countGenerationUp() {
        while (true) {
            Long current = generations.get(GENERATION);
            boolean counted = current == null
                    ? generations.putIfAbsent(GENERATION, 1L) == null
                    : generations.replace(GENERATION, current, current + 1);
            if (counted) {
                return;
            }
        }
    }

    /** Called after the change committed and before it is answered; a failure here is the request's failure. */
    void forgetKey(String keyId) {
        countGenerationUp();
        byHash.removeAll(Predicates.equal("id", keyId));
    }

    void forgetAll() {
        countGenerationUp();
        byHash.clear();
    }

    void forgetAccount(String accountId) {
        countGenerationUp();
        byHash.removeAll(Predicates.equal("account_id", accountId));
    }
}
