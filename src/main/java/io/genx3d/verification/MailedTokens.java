package io.genx3d.verification;

import io.genx3d.accounts.AccountActivity;
import io.genx3d.accounts.EmailChanged;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.keys.KeyHasher;
import io.genx3d.tokens.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The store of mailed tokens. Issuing one retires the account's earlier unused ones of the same purpose (only the
 * newest link works); redeeming one locks its row, so two requests with the same link cannot both succeed.
 */
@ApplicationScoped
public class MailedTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    /** A new token for the account; the returned value goes into the mail and nowhere else. */
    @Transactional
    public String issue(String accountId, Purpose purpose, Duration ttl) {
        return issue(accountId, purpose, ttl, null);
    }

    /** A new link that moves the account to {@code newEmail}, where it is mailed; earlier such links stop working. */
    @Transactional
    public String issueEmailChange(String accountId, String newEmail, Duration ttl) {
        return issue(accountId, Purpose.EMAIL_CHANGE, ttl, newEmail);
    }

    private String issue(String accountId, Purpose purpose, Duration ttl, String newEmail) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        em.createNamedQuery("MailedToken.deleteExpired")
                .setParameter("before", now.minus(Duration.ofDays(30)))
                .executeUpdate();
        em.createNamedQuery("MailedToken.retireUnused")
                .setParameter("now", now)
                .setParameter("accountId", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
        String token = RandomTokens.base62(256);
        em.persist(new MailedToken(hasher.hash(token), purpose, accountId, now, now.plus(ttl), newEmail));
        return token;
    }

    /**
     * A changed password ends every reset link still outstanding: a link mailed before the change (to a mailbox someone
     * else may read, or found later) must not undo it; and every email-change link, which was asked for with the old
     * password. Runs inside the change's transaction.
     */
    void retireResetLinks(@Observes AccountActivity activity) {
        if (activity.kind() == AccountActivity.Kind.PASSWORD_CHANGED
                || activity.kind() == AccountActivity.Kind.PASSWORD_RESET) {
            retire(activity.accountId(), Purpose.PASSWORD_RESET);
            retire(activity.accountId(), Purpose.EMAIL_CHANGE);
        }
    }

    /** Links mailed to the old address (a reset, a verification) must not act on the account once it has moved. */
    void retireOldAddressLinks(@Observes EmailChanged changed) {
        retire(changed.accountId(), Purpose.PASSWORD_RESET);
        retire(changed.accountId(), Purpose.EMAIL_VERIFICATION);
    }

    private void retire(String accountId, Purpose purpose) {
        em.createNamedQuery("MailedToken.retireUnused")
                .setParameter("now", Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .setParameter("accountId", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /**
     * The account a link of this purpose was mailed to when the link can no longer be used (used or expired); empty
     * for a usable token and for one that never existed. The token is the proof of the mailbox, so it may learn this.
     */
    public Optional<String> accountOfSpentLink(String token, Purpose purpose) {
        return Optional.ofNullable(em.find(MailedToken.class, hasher.hash(token)))
                .filter(found -> found.isFor(purpose) && !found.usableFor(purpose, Instant.now()))
                .map(MailedToken::accountId);
    }

    /** Uses the token once and returns its account's id; an unknown, used or expired token is a 400 on {@code token}. */
    @Transactional
    public String redeem(String token, Purpose purpose) {
        return use(token, purpose).accountId();
    }

    /** Uses an email-change link once: the account and the address it moves to; otherwise as {@link #redeem}. */
    @Transactional
    public EmailChange redeemEmailChange(String token) {
        MailedToken used = use(token, Purpose.EMAIL_CHANGE);
        return new EmailChange(used.accountId(), used.newEmail());
    }

    /** The address an outstanding email-change link of the account would move it to, if there is one. */
    public Optional<String> pendingEmailChange(String accountId) {
        return em
                .createNamedQuery("MailedToken.unused", MailedToken.class)
                .setParameter("accountId", accountId)
                .setParameter("purpose", Purpose.EMAIL_CHANGE)
                .setParameter("now", Instant.now())
                .getResultList()
                .stream()
                .map(MailedToken::newEmail)
                .findFirst();
    }

    private MailedToken use(String token, Purpose purpose) {
        MailedToken found = em.find(MailedToken.class, hasher.hash(token), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (found == null || !found.usableFor(purpose, now)) {
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "token is invalid, already used or expired; ask for a new link",
                    Map.of("field", "token"));
        }
        found.use(now);
        return found;
    }

    /** What an email-change link does: moves account {@code accountId} to {@code newEmail}. */
    public record EmailChange(String accountId, String newEmail) {}
}
