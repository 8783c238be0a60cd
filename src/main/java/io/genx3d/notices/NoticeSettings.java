package io.genx3d.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The store of each account's notice choices. */
@ApplicationScoped
public class NoticeSettings {

    @PersistenceContext
    EntityManager em;

    public Notifications of(String accountId) {
        NoticeChoices choices = em.find(NoticeChoices.class, accountId);
        return choices == null ? Notifications.ALL_ON : choices.notifications();
    }

    @Transactional
    public Notifications change(String accountId, Notifications notifications) {
        NoticeChoices choices = em.find(NoticeChoices.class, accountId);
        if (choices == null) {
            em.persist(new NoticeChoices(accountId, notifications));
        } else {
            choices.set(notifications);
        }
        return notifications;
    }
}
