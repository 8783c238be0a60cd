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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rolling a key: a successor with everything the old key had (name, scopes, limit, allowlist, creator, and the same
 * lifetime if it had one) in the same line, so its quota and usage go on; the old key keeps working for the grace
 * period and then answers as expired, and the keys it created pass to the successor. The old key's row is locked, so a
 * key is rolled once.
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

    /**
     * Rolls the key. The successor expires when the old key does, or at {@code expiresAt} when the caller chose another
     * time (null: the old key's), never later than the key that created the old one nor than the caller's
     * {@code ceiling} allows (a key rolling itself never outlives the expiry it had); the old key's children pass to
     * it (see {@link #handOnChildren}).
     */
    @Transactional
    public ApiKeys.CreatedKey roll(
            Actor actor, String accountId, String keyId, Duration grace, Instant expiresAt, CallerCeiling ceiling) {
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
                ceiling.capExpiry(successorExpiry(old, expiresAt)));
        successor.succeed(old);
        em.persist(successor);
        old.replaceBy(successor, now.plus(grace));
        List<String> handedOn = handOnChildren(old, successor);
        rolled.fire(new KeyRolled(actor, accountId, old.id(), successor.id(), old.expiresAt(), handedOn, now));
        return new ApiKeys.CreatedKey(key, successor);
    }

    private static void refuseUnlessRollable(ApiKey old, Instant now) {
        refuseUnlessLive(old, now);
        if (old.replacedBy() != null) {
            throw ApiException.conflict(
                    "This key was already rolled; roll its successor " + old.replacedBy() + " instead",
                    Map.of("reason", "already_rolled", "replaced_by", old.replacedBy()));
        }
    }

    /** An ended key stays ended: it is neither rolled nor given a new limit or lifetime ({@code 409}). */
    static void refuseUnlessLive(ApiKey old, Instant now) {
        if (old.isRevoked()) {
            throw ApiException.conflict(
                    "This key is revoked; create a new key instead", Map.of("reason", "key_revoked"));
        }
        if (old.isExpiredAt(now)) {
            throw ApiException.conflict(
                    "This key has expired; create a new key instead", Map.of("reason", "key_expired"));
        }
    }

    /**
     * The old key's live children (the keys it created) answer to the successor from now on: rolling is routine and must
     * not end the keys a key made, yet they may not outlive the key they answer to, so revoking the successor ends them
     * and none expires after it. Returns every key whose parent or expiry changed here, for the caches to forget.
     */
    private List<String> handOnChildren(ApiKey old, ApiKey successor) {
        List<String> changed = new ArrayList<>();
        for (ApiKey child : em.createNamedQuery("ApiKey.findActiveChildren", ApiKey.class)
                .setParameter("parentId", old.id())
                .getResultList()) {
            child.madeBy(successor.id());
            changed.add(child.id());
            KeyDescendants.capWithDescendants(em, child, successor.expiresAt(), changed);
        }
        return changed;
    }

    /**
     * The old key's expiry, or the one asked for, never past the key that created it. (It used to be the old key's
     * lifetime counted again from now, which moved a key's end later at every roll: 23:59 became 00:00 the next day.)
     */
    private Instant successorExpiry(ApiKey old, Instant requested) {
        Instant wanted = requested != null ? requested : old.expiresAt();
        if (wanted == null) {
            return null;
        }
        Optional<ApiKey> parent = Optional.ofNullable(old.parentKeyId()).map(id -> em.find(ApiKey.class, id));
        return ApiKeys.noLaterThanParent(wanted, parent);
    }
}
