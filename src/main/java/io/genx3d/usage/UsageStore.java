package io.genx3d.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The stored hourly usage: counts are added with one {@code UPDATE … SET n = n + :n} per row, or inserted. */
@ApplicationScoped
public class UsageStore {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void add(Map<UsageRecorder.Slot, UsageCounts> batch) {
        batch.forEach((slot, counts) -> {
            int updated = em.createNamedQuery("KeyUsage.add")
                    .setParameter("requests", counts.requests())
                    .setParameter("ok", counts.ok())
                    .setParameter("clientErrors", counts.clientErrors())
                    .setParameter("rateLimited", counts.rateLimited())
                    .setParameter("serverErrors", counts.serverErrors())
                    .setParameter("authFailures", counts.authFailures())
                    .setParameter("id", KeyUsage.idOf(slot.keyId(), slot.hour()))
                    .executeUpdate();
            if (updated == 0) {
                em.persist(new KeyUsage(slot.keyId(), slot.hour(), counts));
            }
        });
    }

    /** Rows of the given keys with {@code from <= hour < to}, ordered by key and hour. */
    public List<KeyUsage> between(Collection<String> keyIds, Instant from, Instant to) {
        if (keyIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("KeyUsage.between", KeyUsage.class)
                .setParameter("keyIds", keyIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
