package io.genx3d.sessions;

import io.genx3d.accounts.Account;
import io.genx3d.auth.IssuedSessions;
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
 * is derived from the session token rather than stored, so the dashboard can fetch it again after a reload. A token is
 * 256 random bits and a MAC of them under the pepper ({@code <random>.<mac>}), so whether a cookie was issued here can
 * be told without a lookup ({@link IssuedSessions}): a browser logged in keeps working from an address that others
 * behind it have spent on guesses, while forged cookies cost nothing.
 */
@ApplicationScoped
public class Sessions implements IssuedSessions {

    private static final String CSRF_PURPOSE = "csrf";
    private static final String TOKEN_PURPOSE = "session-token";
    /** 128 bits of the MAC, in hex: enough that guessing one is as hopeless as guessing the session. */
    private static final int MAC_LENGTH = 32;

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
        String token = newToken();
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

    /** 256 random bits and their MAC: only this server (its pepper) makes tokens whose MAC checks out. */
    String newToken() {
        String random = RandomTokens.base62(256);
        return random + "." + mac(random);
    }

    @Override
    public boolean issuedByThisServer(String sessionToken) {
        int dot = sessionToken.indexOf('.');
        return dot > 0 && KeyHasher.sameDigest(mac(sessionToken.substring(0, dot)), sessionToken.substring(dot + 1));
    }

    private String mac(String random) {
        return hasher.derive(TOKEN_PURPOSE, random).substring(0, MAC_LENGTH);
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
