package io.genx3d.accounts;

import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The store of accounts. Emails are compared lowercased; the ones listed in {@code genx3d.admin.emails} sign up
 * with role admin.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "genx3d.admin.emails", defaultValue = " ")
    String adminEmails;

    @Transactional
    public Account signUp(String email, String name, String password) {
        if (findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        Account account = new Account(email, name, passwords.hash(password), roleFor(email));
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException concurrentSignUpWithTheSameEmail) {
            throw emailTaken();
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

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<Account> findByEmail(String email) {
        List<Account> found = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getResultList();
        return found.stream().findFirst();
    }

    private Role roleFor(String email) {
        Set<String> admins = Arrays.stream(adminEmails.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(Accounts::normaliseEmail)
                .collect(Collectors.toSet());
        return admins.contains(email) ? Role.ADMIN : Role.USER;
    }

    private static ApiException emailTaken() {
        return ApiException.conflict("An account with this email already exists", Map.of("field", "email"));
    }
}
