package io.genx3d.keys;

import io.genx3d.caller.Actor;
import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
 * Rolling a key: a successor with everything the old key had (name, scopes, limit, allowlist, creator, and the same
 * lifetime if it had one) in the same line, so its quota and usage go on; the old key keeps working for the grace
 * period and then answers as expired. The old key's row is locked, so a key is rolled once.
 */
@ApplicationScoped
public class KeyRolls {

    public static final Duration MAX_GRACE = Duration.ofDays(7);
    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    @Inject
    Event<KeyRolled> rolled;

    /** The old key, for the caller to check before rolling (its scopes, its limit); absent if not the account's. */
    public Optional<ApiKey> find(String accountId, String keyId) {
        return Optional.ofNullable(em.find(ApiKey.class, keyId))
                .filter(key -> key.account().id().equals(accountId));
    }

    @Transactional
    public ApiKeys.CreatedKey roll(Actor actor, String accountId, String keyId, Duration grace) {
        ApiKey old = Optional.ofNullable(em.find(ApiKey.class, keyId, LockModeType.PESSIMISTIC_WRITE))
                .filter(key -> key.account().id().equals(accountId))
                .orElseThrow(() -> ApiException.notFound("API key"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        refuseUnlessRollable(old, now);
        String key = KeyFormat.newKey();
        ApiKey successor = new ApiKey(
                old.account(),
                old.name(),
                key,
                hasher.hash(key),
                hasher.version(),
                old.scopes(),
                old.rateLimit(),
                now,
                successorExpiry(old, now));
        successor.succeed(old);
        em.persist(successor);
        old.replaceBy(successor, now.plus(grace));
        rolled.fire(new KeyRolled(actor, accountId, old.id(), successor.id(), old.expiresAt(), now));
        return new ApiKeys.CreatedKey(key, successor);
    }

    private static void refuseUnlessRollable(ApiKey old, Instant now) {
        if (old.isRevoked()) {
            throw ApiException.conflict(
                    "This key is revoked; create a new key instead", Map.of("reason", "key_revoked"));
        }
        if (old.isExpiredAt(now)) {
            throw ApiException.conflict(
                    "This key has expired; create a new key instead", Map.of("reason", "key_expired"));
        }
        if (old.replacedBy() != null) {
            throw ApiException.conflict(
                    "This key was already rolled; roll its successor " + old.replacedBy() + " instead",
                    Map.of("reason", "already_rolled", "replaced_by", old.replacedBy()));
        }
    }

    /** A key that expires hands on its lifetime, counted from now, never past the key that created it. */
    private Instant successorExpiry(ApiKey old, Instant now) {
        if (old.expiresAt() == null) {
            return null;
        }
        Instant sameLifetime = now.plus(Duration.between(old.createdAt(), old.expiresAt()));
        Optional<ApiKey> parent = Optional.ofNullable(old.parentKeyId()).map(id -> em.find(ApiKey.class, id));
        return ApiKeys.noLaterThanParent(sameLifetime, parent);
    }
}
