package io.genx3d.keys;

import io.genx3d.accounts.Account;
import io.genx3d.auth.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The store of API keys. Finding a key by what a client presents is one lookup on the unique hash index. */
@ApplicationScoped
public class ApiKeys {

    /** {@code last_used_at} is precise to this much, so a busy key does not cost a write per request. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    @Inject
    VerifiedKeys verified;

    @Inject
    KeyUseWriter useWriter;

    @Inject
    Event<KeyRevoked> keyRevoked;

    /** Creates a key; the returned {@link CreatedKey#key()} is the only time the key exists in clear. */
    @Transactional
    public CreatedKey create(String accountId, String name, Set<Scope> scopes, Integer rateLimit,
                             Instant expiresAt) {
        String key = KeyFormat.newKey();
        Account account = em.getReference(Account.class, accountId);
        ApiKey apiKey = new ApiKey(account, name, key, hasher.hash(key), scopes, rateLimit,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), expiresAt);
        em.persist(apiKey);
        return new CreatedKey(key, apiKey);
    }

    public Optional<ApiKey> findByHash(String keyHash) {
        return em.createNamedQuery("ApiKey.findByHash", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultList().stream().findFirst();
    }

    public List<ApiKey> ownedBy(String accountId) {
        return em.createNamedQuery("ApiKey.findByAccount", ApiKey.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** The key if it belongs to the account; another account's key is as absent as a key that never was. */
    public Optional<ApiKey> findOwned(String accountId, String keyId) {
        return em.createNamedQuery("ApiKey.findOwned", ApiKey.class)
                .setParameter("id", keyId)
                .setParameter("accountId", accountId)
                .getResultList().stream().findFirst();
    }

    /** Revokes the key; the verified-key cache forgets it as the revocation commits. */
    @Transactional
    public boolean revoke(String accountId, String keyId) {
        Optional<ApiKey> key = findOwned(accountId, keyId);
        key.ifPresent(found -> {
            found.revoke(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            keyRevoked.fire(new KeyRevoked(keyId));
        });
        return key.isPresent();
    }

    /**
     * The key behind a presented key's hash: from the verified-key cache, else one lookup on the unique hash
     * index (and the hashes compared in constant time).
     */
    public Optional<VerifiedKey> verify(String keyHash, Instant now) {
        Optional<VerifiedKey> cached = verified.find(keyHash, now);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = verified.generation();
        Optional<VerifiedKey> found = findByHash(keyHash)
                .filter(key -> KeyHasher.sameDigest(key.keyHash(), keyHash))
                .map(VerifiedKey::of);
        found.ifPresent(key -> verified.remember(key, now, generation));
        return found;
    }

    /** Notes a use of the key, writing only when the stored time is older than the granularity or the client moved. */
    public void recordUse(VerifiedKey key, Instant now, String address) {
        Instant last = key.lastUsedAt();
        boolean stale = last == null || last.plus(LAST_USED_GRANULARITY).isBefore(now)
                || !java.util.Objects.equals(key.lastUsedAddress(), address);
        if (stale) {
            Instant when = now.truncatedTo(ChronoUnit.SECONDS);
            useWriter.write(key.id(), when, address);
            verified.rememberUse(key.usedAt(when, address));
        }
    }

    public record CreatedKey(String key, ApiKey apiKey) {
    }
}
