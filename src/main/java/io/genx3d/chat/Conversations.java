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

    /**
     * The conversation now building {@code modelId}, a new one or {@code existing} pointed at it, remembering what the
     * message was about ({@code focus}, kept when the message was about nothing in particular).
     */
    @Transactional
    public Conversation about(Conversation existing, String accountId, String modelId, String focus) {
        Conversation conversation;
        if (existing == null) {
            conversation = new Conversation(accountId, modelId);
            em.persist(conversation);
        } else {
            conversation = em.merge(existing);
            if (!conversation.modelId().equals(modelId)) {
                conversation.pointAt(modelId);
            }
        }
        if (focus != null) {
            conversation.focusOn(focus);
        }
        return conversation;
    }
}
