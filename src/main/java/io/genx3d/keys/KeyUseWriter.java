package io.genx3d.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes a key's {@code last_used_at} and address. A bean of its own so the transaction begins only when there
 * is something to write (a {@code @Transactional} method called from its own bean would not get one).
 */
@ApplicationScoped
public class KeyUseWriter {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void write(String keyId, Instant when, String address) {
        em.createNamedQuery("ApiKey.recordUse")
                .setParameter("now", when)
                .setParameter("address", address)
                .setParameter("id", keyId)
                .executeUpdate();
    }
}
