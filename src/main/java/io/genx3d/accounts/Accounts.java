package io.genx3d.accounts;

import io.genx3d.caller.Actor;
import io.genx3d.caller.Role;
import io.genx3d.errors.ApiException;
import io.genx3d.storage.PageCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store of accounts. Emails are compared lowercased. An address listed in {@code genx3d.admin.emails} becomes
 * admin only once its owner has verified it: anyone can sign up with any address, so the list alone proves nothing.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<AccountChanged> accountChanged;

    @Inject
    Event<AccountSignedUp> signedUp;

    @Inject
    Event<AccountActivity> activity;

    @Inject
    Event<EmailChanged> emailChanged;

    @Inject
    @ConfigProperty(name = "genx3d.admin.emails")
    Optional<String> adminEmails; // Optional: MicroProfile Config treats an empty value as no value

    @Transactional
    public Account signUp(String email, String name, String password) {
        // Hashed first, so a taken email is answered after the same work as a new one: the answer's timing does
        // not tell which addresses have accounts.
        String passwordHash = passwords.hash(password);
        if (findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        Account account = new Account(email, name, passwordHash, Role.USER);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException concurrentSignUpWithTheSameEmail) {
            throw emailTaken();
        }
        // In this transaction: the verification is stored with the account, or neither is.
        signedUp.fire(new AccountSignedUp(account));
        return account;
    }

    /** Replaces the password when {@code currentPassword} is right; otherwise nothing changes and it answers false. */
    @Transactional
    public boolean changePassword(String accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (!passwords.verify(currentPassword, account.passwordHash())) {
            return false;
        }
        account.changePasswordHash(passwords.hash(newPassword));
        activity.fire(new AccountActivity(accountId, AccountActivity.Kind.PASSWORD_CHANGED, Instant.now()));
        return true;
    }

    /**
     * Sets a new password after a reset link was used; the link reached the mailbox, so the address is verified too.
     */
    @Transactional
    public Account resetPassword(String accountId, String newPassword) {
        Account account = markEmailVerified(accountId);
        account.changePasswordHash(passwords.hash(newPassword));
        account.provePassword();
        activity.fire(new AccountActivity(accountId, AccountActivity.Kind.PASSWORD_RESET, Instant.now()));
        return account;
    }

    /**
     * The password was chosen, or has now been used, by someone shown to hold the mailbox: a verification link opened in
     * a session of the account.
     */
    @Transactional
    public void provePassword(String accountId) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE).provePassword();
    }

    /** Whether {@code password} is the account's; the same work whatever the answer. */
    public boolean isPassword(String accountId, String password) {
        Optional<Account> account = find(accountId);
        if (account.isEmpty()) {
            passwords.verifyAgainstNothing(password);
            return false;
        }
        return passwords.verify(password, account.get().passwordHash());
    }

    /** The name people see; audited only when it really changes. */
    @Transactional
    public Account rename(String accountId, String name) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (!account.name().equals(name)) {
            account.rename(name);
            activity.fire(new AccountActivity(accountId, AccountActivity.Kind.NAME_CHANGED, Instant.now()));
        }
        return account;
    }

    /**
     * Whether another account already uses this (normalised) address. Sign-up tells whoever asks (its {@code 409}), so
     * a person changing their address may learn it as well, after the same password work.
     */
    public boolean isTakenByAnother(String accountId, String email) {
        return findByEmail(email).filter(other -> !other.id().equals(accountId)).isPresent();
    }

    /**
     * Moves the account to {@code newEmail}, whose owner has just opened the link mailed to it: the address is verified
     * (an address on the admin list makes the account admin), and the password, which the change was asked with, counts
     * as the mailbox holder's. A {@code 409} on {@code email} when another account took the address meanwhile.
     */
    @Transactional
    public Account changeEmail(String accountId, String newEmail) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (isTakenByAnother(accountId, newEmail)) {
            throw emailTaken();
        }
        String oldEmail = account.email();
        account.changeEmail(newEmail);
        try {
            em.flush();
        } catch (PersistenceException concurrentSignUpWithTheSameEmail) {
            throw emailTaken();
        }
        account.provePassword();
        // The new address is proven: the admin list is read for it as for any newly verified address.
        account = markEmailVerified(accountId);
        emailChanged.fire(new EmailChanged(accountId, oldEmail, newEmail, Instant.now()));
        return account;
    }

    /** The owner proved the address is theirs; an address on the admin list becomes admin now. */
    @Transactional
    public Account markEmailVerified(String accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (!account.emailVerified()) {
            activity.fire(new AccountActivity(accountId, AccountActivity.Kind.EMAIL_VERIFIED, Instant.now()));
        }
        account.markEmailVerified();
        if (isAdminEmail(account.email()) && account.role() != Role.ADMIN) {
            account.changeRole(Role.ADMIN);
            accountChanged.fire(new AccountChanged(
                    Actor.SYSTEM,
                    account.id(),
                    account.role().value(),
                    account.status().value(),
                    account.maxRateLimit(),
                    Instant.now()));
        }
        return account;
    }

    /** The account whose email and password match; empty otherwise, after the same amount of work. */
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            passwords.verifyAgainstNothing(password);
            return Optional.empty();
        }
        return account.filter(found -> passwords.verify(password, found.passwordHash()));
    }

    public Optional<Account> find(String id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Accounts newest first, optionally only those whose email contains {@code emailPart}. */
    public Page<Account> page(String emailPart, String cursor, int limit) {
        String pattern = "%" + escapeLike(emailPart == null ? "" : normaliseEmail(emailPart)) + "%";
        TypedQuery<Account> query;
        if (cursor == null) {
            query = em.createNamedQuery("Account.firstPage", Account.class);
        } else {
            PageCursor after = PageCursor.decode(cursor);
            query = em.createNamedQuery("Account.pageAfter", Account.class)
                    .setParameter("createdAt", after.createdAt())
                    .setParameter("id", after.id());
        }
        List<Account> rows =
                query.setParameter("email", pattern).setMaxResults(limit + 1).getResultList();
        List<Account> shown = rows.subList(0, Math.min(limit, rows.size()));
        Account last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(shown, rows.size() > limit ? new PageCursor(last.createdAt(), last.id()).encode() : null);
    }

    /**
     * Applies an admin's changes. Active admins are locked while counted, so two admins demoting each other at
     * the same moment cannot leave the platform without one.
     */
    @Transactional
    public Account administer(Actor actor, String id, AccountChanges changes) {
        Account account = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ApiException.notFound("User");
        }
        boolean staysActiveAdmin = changes.role().orElse(account.role()) == Role.ADMIN
                && changes.status().orElse(account.status()) == AccountStatus.ACTIVE;
        boolean isActiveAdmin = account.role() == Role.ADMIN && account.status() == AccountStatus.ACTIVE;
        if (isActiveAdmin && !staysActiveAdmin && activeAdminsLocked() <= 1) {
            throw ApiException.conflict(
                    "This change would leave no active admin", Map.of("reason", "last_active_admin"));
        }
        changes.role().ifPresent(account::changeRole);
        changes.status().ifPresent(account::changeStatus);
        changes.maxRateLimit().ifPresent(limit -> account.changeMaxRateLimit(limit.orElse(null)));
        accountChanged.fire(new AccountChanged(
                actor,
                account.id(),
                account.role().value(),
                account.status().value(),
                account.maxRateLimit(),
                Instant.now()));
        return account;
    }

    private int activeAdminsLocked() {
        return em.createNamedQuery("Account.activeAdmins", Account.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("active", AccountStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .size();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public record Page<T>(List<T> items, String nextCursor) {}

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The account with this (normalised) address, if any. */
    public Optional<Account> findByEmail(String email) {
        List<Account> found = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getResultList();
        return found.stream().findFirst();
    }

    private boolean isAdminEmail(String email) {
        Set<String> admins = Arrays.stream(adminEmails.orElse("").split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(Accounts::normaliseEmail)
                .collect(Collectors.toSet());
        return admins.contains(email);
    }

    public static ApiException emailTaken() {
        return ApiException.conflict("An account with this email already exists", Map.of("field", "email"));
    }
}
