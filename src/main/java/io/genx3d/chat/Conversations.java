package io.genx3d.chat;

import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The store of conversations; another account's conversation id is as unknown as a made-up one. */
@ApplicationScoped
public class Conversations {

    @PersistenceContext
    EntityManager em;

    public Conversation getOwned(String accountId, String conversationId) {
        return em
                .createNamedQuery("Conversation.findOwned", Conversation.class)
                .setParameter("id", conversationId)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Conversation"));
    }

    /** The conversation now building {@code modelId}: a new one, or {@code existing} pointed at it. */
    @Transactional
    public Conversation about(Conversation existing, String accountId, String modelId) {
        if (existing == null) {
            Conversation started = new Conversation(accountId, modelId);
            em.persist(started);
            return started;
        }
        if (!existing.modelId().equals(modelId)) {
            Conversation managed = em.merge(existing);
            managed.pointAt(modelId);
            return managed;
        }
        return existing;
    }
}
