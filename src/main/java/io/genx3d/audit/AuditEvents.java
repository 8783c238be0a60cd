package io.genx3d.audit;

import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/** Reading the audit log: one account's events newest first, with filters; and verifying the whole chain. */
@ApplicationScoped
public class AuditEvents {

    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditChainKey chainKey;

    /** One page of {@code accountId}'s events, newest first, before {@code beforeSeq} (null: from the newest). */
    public List<AuditEvent> page(AuditFilter filter, String accountId, Long beforeSeq, int limit) {
        sealer.sealNow();
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE e.record.accountId = :account");
        if (filter.type() != null) {
            jpql.append(" AND e.record.type = :type");
        }
        if (filter.from() != null) {
            jpql.append(" AND e.record.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" AND e.record.occurredAt < :to");
        }
        if (beforeSeq != null) {
            jpql.append(" AND e.seq < :before");
        }
        TypedQuery<AuditEvent> query = em.createQuery(
                        jpql.append(" ORDER BY e.seq DESC").toString(), AuditEvent.class)
                .setParameter("account", accountId)
                .setMaxResults(limit + 1);
        if (filter.type() != null) {
            query.setParameter("type", filter.type().value());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (beforeSeq != null) {
            query.setParameter("before", beforeSeq);
        }
        return query.getResultList();
    }

    /**
     * Walks the whole chain from where pruning left it to its head. Nothing is locked, so sealing goes on meanwhile;
     * if pruning moved the chain's start during the walk, the walk starts again from the new start.
     */
    public ChainVerification verify() {
        sealer.sealNow();
        ChainVerification result;
        AuditChainHead head;
        int attempts = 0;
        do {
            head = em.find(AuditChainHead.class, AuditChainHead.ID);
            result = walk(head);
        } while (!result.valid()
                && ++attempts < 3
                && em.find(AuditChainHead.class, AuditChainHead.ID).prunedToSeq() != head.prunedToSeq());
        return result;
    }

    private ChainVerification walk(AuditChainHead head) {
        AuditChain chain = AuditChain.verifyingFrom(head.prunedToSeq(), head.prunedToHash(), chainKey.keys());
        feed(chain, head.prunedToSeq(), head.lastSeq());
        return chain.result(head.lastSeq(), head.lastHash());
    }

    /**
     * Checks the events after {@code after} through {@code last} in order with {@code chain}, a page at a time;
     * answers the last event's seq ({@code after} if there was none).
     */
    long feed(AuditChain chain, long after, long last) {
        List<AuditEvent> page;
        do {
            page = em.createNamedQuery("AuditEvent.inOrder", AuditEvent.class)
                    .setParameter("after", after)
                    .setParameter("last", last)
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            page.forEach(chain::check);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).seq();
            }
        } while (page.size() == VERIFY_PAGE);
        return after;
    }

    /** The filters of a listing, validated. */
    public record AuditFilter(AuditEventType type, Instant from, Instant to) {

        public static AuditFilter parse(String type, Instant from, Instant to) {
            AuditEventType parsed = type == null || type.isBlank()
                    ? null
                    : AuditEventType.fromValue(type)
                            .orElseThrow(() -> ApiException.badField(
                                    "type", "is not an audit event type (e.g. key.created, key.revoked)"));
            if (from != null && to != null && !from.isBefore(to)) {
                throw ApiException.badField("from", "must be before to");
            }
            return new AuditFilter(parsed, from, to);
        }
    }
}
