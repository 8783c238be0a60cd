package io.genx3d.audit;

import io.genx3d.storage.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Extends and prunes the chain, each in one transaction that holds the head row's lock: on a cluster the nodes take
 * turns, and an outbox row is sealed exactly once (the next node to hold the lock no longer sees it). Each event is
 * sealed with its hash and its MAC under the current audit chain key; {@link #remac} gives stored events a MAC under
 * it ({@link AuditChainRekeying} decides which).
 */
@ApplicationScoped
public class AuditChainWriter {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditChainKey chainKey;

    @Inject
    ApplicationDataSource dataSource;

    private volatile Boolean onPostgres;

    /** Seals the oldest outbox rows and {@code fromMemory}, in time order; true when more outbox rows wait. */
    @Transactional
    boolean seal(List<PendingAuditEvent> fromMemory) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<PendingAuditEvent> outbox = em.createNamedQuery("PendingAuditEvent.oldest", PendingAuditEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        List<PendingAuditEvent> events = new ArrayList<>(outbox);
        events.addAll(fromMemory);
        events.sort(
                Comparator.comparing((PendingAuditEvent event) -> event.record().occurredAt())
                        .thenComparing(PendingAuditEvent::id));
        ChainKeys keys = chainKey.keys();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (PendingAuditEvent event : events) {
            seq++;
            AuditRecord record = event.record().copy();
            String hash = AuditChain.hash(seq, event.id(), record, previous);
            em.persist(new AuditEvent(seq, event.id(), record, previous, hash, keys.mac(hash), keys.version()));
            previous = hash;
        }
        outbox.forEach(em::remove);
        head.extendTo(seq, previous);
        return outbox.size() == BATCH;
    }

    /**
     * Deletes the events that occurred before {@code before} and records the last one deleted as the chain's new
     * start, so what remains still verifies. PostgreSQL's trigger lets this transaction, and only one that says
     * so, delete.
     */
    @Transactional
    long prune(Instant before, boolean onPostgres) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Long last = em.createNamedQuery("AuditEvent.lastBefore", Long.class)
                .setParameter("before", before)
                .getSingleResult();
        if (last == null || last <= head.prunedToSeq()) {
            return 0;
        }
        AuditEvent lastPruned = em.find(AuditEvent.class, last);
        if (onPostgres) {
            em.createNativeQuery("SELECT set_config('genx3d.audit_pruning', 'on', true)")
                    .getSingleResult();
        }
        long deleted = em.createNamedQuery("AuditEvent.pruneThrough")
                .setParameter("seq", last)
                .executeUpdate();
        head.prunedTo(last, lastPruned.hash());
        return deleted;
    }

    /**
     * Gives each of {@code events} (as they were read and checked) a MAC under the current chain key; an event whose
     * hash changed since is left alone. PostgreSQL's trigger lets this transaction, and only one that says so, change
     * an event's MAC and nothing else.
     */
    @Transactional
    int remac(List<AuditEvent> events, boolean onPostgres) {
        if (onPostgres) {
            em.createNativeQuery("SELECT set_config('genx3d.audit_rekeying', 'on', true)")
                    .getSingleResult();
        }
        ChainKeys keys = chainKey.keys();
        int updated = 0;
        for (AuditEvent event : events) {
            updated += em.createNamedQuery("AuditEvent.remac")
                    .setParameter("mac", keys.mac(event.hash()))
                    .setParameter("version", keys.version())
                    .setParameter("seq", event.seq())
                    .setParameter("hash", event.hash())
                    .executeUpdate();
        }
        return updated;
    }

    /** Whether this is PostgreSQL, whose trigger must be told about pruning and re-keying. */
    boolean onPostgres() {
        if (onPostgres == null) {
            try (Connection connection = dataSource.get().getConnection()) {
                onPostgres = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("could not tell which database this is", e);
            }
        }
        return onPostgres;
    }
}
