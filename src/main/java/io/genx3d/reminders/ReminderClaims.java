package io.genx3d.reminders;

import io.genx3d.keys.ApiKey;
import io.genx3d.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Claims due reminders and mails them. A claim is a conditional update ({@code … WHERE reminded_… IS NULL}): on a
 * cluster two nodes may find the same key due, but the row lock lets one update it and the other then updates
 * nothing, so only one mails. The mail leaves after the claim commits; a node killed between the two loses that
 * reminder rather than sending it twice. Keys already rolled, revoked or expired are not reminded of.
 */
@ApplicationScoped
public class ReminderClaims {

    private static final int BATCH = 200;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Mail> mail;

    /** Sends the reminders of this kind that are due at {@code now}; answers how many this node sent. */
    @Transactional
    int remind(Reminder reminder, Instant now) {
        List<ApiKey> due = em.createQuery(
                        "SELECT k FROM ApiKey k JOIN FETCH k.account WHERE k.revokedAt IS NULL"
                                + " AND k.replacedBy IS NULL AND k.expiresAt > :now AND k.expiresAt <= :horizon"
                                + " AND k." + reminder.sentField() + " IS NULL ORDER BY k.expiresAt",
                        ApiKey.class)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(reminder.before()))
                .setMaxResults(BATCH)
                .getResultList();
        int sent = 0;
        for (ApiKey key : due) {
            if (claim(key, reminder, now)) {
                mail.fire(mailFor(key, now));
                sent++;
            }
        }
        return sent;
    }

    /** The day reminder also counts as the week's, so a key created to expire tomorrow gets one mail. */
    private boolean claim(ApiKey key, Reminder reminder, Instant now) {
        boolean claimed = mark(key, reminder, now);
        if (claimed && reminder == Reminder.DAY) {
            mark(key, Reminder.WEEK, now);
        }
        return claimed;
    }

    private boolean mark(ApiKey key, Reminder reminder, Instant now) {
        return em.createQuery("UPDATE ApiKey k SET k." + reminder.sentField() + " = :now WHERE k.id = :id AND k."
                                + reminder.sentField() + " IS NULL")
                        .setParameter("now", now.truncatedTo(ChronoUnit.SECONDS))
                        .setParameter("id", key.id())
                        .executeUpdate()
                == 1;
    }

    /** "3 days", "20 hours": what a person reads at a glance (the exact time is in the text). */
    static String roughly(Duration left) {
        long minutes = left.toMinutes();
        if (minutes >= 36 * 60) {
            return Math.round(minutes / 1440.0) + " days";
        }
        return minutes >= 60 ? Math.round(minutes / 60.0) + " hours" : "less than an hour";
    }

    private static Mail mailFor(ApiKey key, Instant now) {
        String in = roughly(Duration.between(now, key.expiresAt()));
        return new Mail(
                key.account().email(),
                "Your genx3D API key \"" + key.name() + "\" expires in " + in,
                "Hello " + key.account().name() + ",\n\n"
                        + "Your API key \"" + key.name() + "\" (" + key.prefix() + "…, id " + key.id() + ") expires on "
                        + WHEN.format(key.expiresAt()) + ". Requests with it will then fail with 401 \"API key has"
                        + " expired\".\n\n"
                        + "To keep your application working, roll the key in the dashboard (Settings > API Keys >"
                        + " Roll) or with POST /api/v1/keys/" + key.id() + "/roll: you get a new key at once and the"
                        + " old one keeps working for the grace period you choose.\n\n"
                        + "-- genx3D\n");
    }
}
