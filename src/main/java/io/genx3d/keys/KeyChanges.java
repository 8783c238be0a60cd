package io.genx3d.keys;

import io.genx3d.caller.Actor;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changing a key in place ({@code PATCH}): its name, allowlist, rate limit and expiry, in one transaction with the
 * key's row locked. The caller's own ceiling was checked before ({@link CallerCeiling}); what is decided here needs the
 * stored keys: an ended key keeps its limit and lifetime, a key made by a key never outlives its maker, and the keys it
 * made never outlive it. The event fired names every key touched, so every node's cache forgets them once this commits
 * and the next request, on any node, is limited and ended by the new values.
 */
@ApplicationScoped
public class KeyChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<KeyChanged> keyChanged;

    /** The changed key; empty when the account has no such key. */
    @Transactional
    public Optional<ApiKey> apply(Actor actor, String accountId, String keyId, KeyChangesRequest changes) {
        Optional<ApiKey> found = Optional.ofNullable(em.find(ApiKey.class, keyId, LockModeType.PESSIMISTIC_WRITE))
                .filter(key -> key.account().id().equals(accountId));
        found.ifPresent(key -> change(actor, key, changes));
        return found;
    }

    private void change(Actor actor, ApiKey key, KeyChangesRequest changes) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (changes.changesLimits()) {
            KeyRolls.refuseUnlessLive(key, now);
        }
        if (changes.name() != null) {
            key.rename(changes.name());
        }
        if (changes.allowedIps() != null) {
            key.allowIps(changes.allowedIps());
        }
        if (changes.rateLimit() != null) {
            key.limitTo(changes.rateLimit().value());
        }
        List<String> capped = new ArrayList<>();
        if (changes.expiresAt() != null) {
            Instant expiresAt = changes.expiresAt().value();
            requireWithinMaker(key, expiresAt);
            key.expireAt(expiresAt);
            KeyDescendants.capExpiry(em, key, expiresAt, capped);
        }
        keyChanged.fire(new KeyChanged(
                actor,
                key.account().id(),
                key.id(),
                changes.name(),
                changes.allowedIps() == null ? null : changes.allowedIps().entries(),
                changes.rateLimit(),
                changes.expiresAt(),
                List.copyOf(capped),
                now));
    }

    /** A key made by a key expires no later than its maker, even when its owner's session changes it. */
    private void requireWithinMaker(ApiKey key, Instant expiresAt) {
        Optional<ApiKey> maker = Optional.ofNullable(key.parentKeyId()).map(id -> em.find(ApiKey.class, id));
        Instant allowed = ApiKeys.noLaterThanParent(expiresAt, maker);
        if (!Objects.equals(allowed, expiresAt)) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "expires_at would let the key outlive the key that created it, which ends at " + allowed,
                    Map.of("field", "expires_at", "max", allowed.toString()));
        }
    }
}
