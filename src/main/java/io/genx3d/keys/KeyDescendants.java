package io.genx3d.keys;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The keys a key made, and theirs: they answer to it and may not outlive it. Whenever a key's end moves earlier (its
 * expiry changed, or a roll hands them to a successor that ends sooner), theirs moves with it.
 */
final class KeyDescendants {

    private KeyDescendants() {}

    /**
     * The live keys {@code parent} made, recursively, expire no later than {@code limit} (null: no limit); each one
     * moved is added to {@code changed} so the caches forget it.
     */
    static void capExpiry(EntityManager em, ApiKey parent, Instant limit, List<String> changed) {
        if (limit == null) {
            return;
        }
        for (ApiKey child : em.createNamedQuery("ApiKey.findActiveChildren", ApiKey.class)
                .setParameter("parentId", parent.id())
                .getResultList()) {
            capWithDescendants(em, child, limit, changed);
        }
    }

    /** {@code key} itself and the keys it made expire no later than {@code limit}. */
    static void capWithDescendants(EntityManager em, ApiKey key, Instant limit, List<String> changed) {
        if (limit == null || (key.expiresAt() != null && !key.expiresAt().isAfter(limit))) {
            return;
        }
        key.expireNoLaterThan(limit);
        if (!changed.contains(key.id())) {
            changed.add(key.id());
        }
        capExpiry(em, key, limit, changed);
    }
}
