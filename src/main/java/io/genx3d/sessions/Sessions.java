package io.genx3d.sessions;

import io.genx3d.accounts.Account;
import io.genx3d.keys.KeyHasher;
import io.genx3d.tokens.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store of dashboard sessions. The browser holds a random token; the table holds its HMAC. The CSRF token
 * is derived from the session token rather than stored, so the dashboard can fetch it again after a reload.
 */
@ApplicationScoped
public class Sessions {

    private static final String CSRF_PURPOSE = "csrf";

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    @Inject
    @ConfigProperty(name = "genx3d.sessions.ttl", defaultValue = "PT12H")
    Duration ttl;

    /** A new session for the account; the returned token goes into the cookie and nowhere else. */
    @Transactional
    public OpenedSession open(Account account) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        em.createNamedQuery("DashboardSession.deleteExpired")
                .setParameter("now", now)
                .executeUpdate();
        String token = RandomTokens.base62(256);
        DashboardSession session = new DashboardSession(hasher.hash(token), em.merge(account), now, now.plus(ttl));
        em.persist(session);
        return new OpenedSession(token, session);
    }

    /** The live session for a cookie token, with its account loaded. */
    public Optional<DashboardSession> find(String token) {
        return em
                .createNamedQuery("DashboardSession.findWithAccount", DashboardSession.class)
                .setParameter("id", hasher.hash(token))
                .getResultList()
                .stream()
                .findFirst()
                .filter(session -> Instant.now().isBefore(session.expiresAt()));
    }

    @Transactional
    public void close(String token) {
        DashboardSession session = em.find(DashboardSession.class, hasher.hash(token));
        if (session != null) {
            em.remove(session);
        }
    }

    /** Ends every session of the account but the one holding {@code keptToken} (null: every session). */
    @Transactional
    public int closeAllOf(String accountId, String keptToken) {
        String kept = keptToken == null ? "" : hasher.hash(keptToken);
        return em.createNamedQuery("DashboardSession.deleteOfAccountExcept")
                .setParameter("accountId", accountId)
                .setParameter("kept", kept)
                .executeUpdate();
    }

    public String csrfToken(String sessionToken) {
        return hasher.derive(CSRF_PURPOSE, sessionToken);
    }

    public boolean isValidCsrfToken(String sessionToken, String presented) {
        return KeyHasher.sameDigest(csrfToken(sessionToken), presented);
    }

    public Duration ttl() {
        return ttl;
    }

    public record OpenedSession(String token, DashboardSession session) {}
}
