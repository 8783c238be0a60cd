package io.genx3d.keys;

import io.genx3d.accounts.Account;
import io.genx3d.caller.Actor;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.organizations.Project;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The store of API keys. Finding a key by what a client presents is one lookup on the unique hash index. */
@ApplicationScoped
public class ApiKeys {

    /** {@code last_used_at} is precise to this much, so a busy key does not cost a write per request. */
    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    @Inject
    VerifiedKeys verified;

    @Inject
    Event<KeyRevoked> keyRevoked;

    @Inject
    Event<KeyCreated> keyCreated;

    @Inject
    @ConfigProperty(name = "genx3d.keys.max-active-per-account", defaultValue = "50")
    long maxActivePerAccount;

    /**
     * What {@code caller} may hand on (see {@link CallerCeiling}): read from the key it authenticated with, whose expiry
     * and allowlist the request does not carry.
     */
    public CallerCeiling ceilingOf(AuthenticatedCaller caller) {
        return CallerCeiling.of(caller, caller.viaSession() ? null : em.find(ApiKey.class, caller.keyId()));
    }

    /**
     * Creates a key, as given: the caller's ceiling has already capped its expiry and allowlist. The returned
     * {@link CreatedKey#key()} is the only time the key exists in clear.
     */
    @Transactional
    public CreatedKey create(
            Actor actor,
            String accountId,
            String name,
            Set<Scope> scopes,
            Integer rateLimit,
            Instant expiresAt,
            AddressAllowlist allowedIps) {
        // The account row is locked while its keys are counted: two creations at once cannot both take the last place.
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        long active = em.createNamedQuery("ApiKey.countActive", Long.class)
                .setParameter("accountId", accountId)
                .setParameter("now", Instant.now())
                .getSingleResult();
        requireRoomFor(active, "This account");
        return persist(actor, account, null, name, scopes, rateLimit, expiresAt, allowedIps);
    }

    /**
     * Creates a key of the project (a service account), made by {@code creatorAccountId}, who is named with it and whose
     * removal from the organization it survives. As {@link #create}: the caller's ceiling has already capped it.
     */
    @Transactional
    public CreatedKey createForProject(
            Actor actor,
            String creatorAccountId,
            Project project,
            String name,
            Set<Scope> scopes,
            Integer rateLimit,
            Instant expiresAt,
            AddressAllowlist allowedIps) {
        Project locked = em.find(Project.class, project.id(), LockModeType.PESSIMISTIC_WRITE);
        if (locked == null || locked.isDeleted()) {
            throw ApiException.notFound("Project");
        }
        long active = em.createNamedQuery("ApiKey.countActiveOfProject", Long.class)
                .setParameter("projectId", project.id())
                .setParameter("now", Instant.now())
                .getSingleResult();
        requireRoomFor(active, "This project");
        Account creator = em.find(Account.class, creatorAccountId);
        return persist(actor, creator, locked, name, scopes, rateLimit, expiresAt, allowedIps);
    }

    /** A project's keys, newest first, revoked ones included. */
    public List<ApiKey> ofProject(String projectId) {
        return em.createNamedQuery("ApiKey.findByProject", ApiKey.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    /** The keys of an account (its own, not the project keys its owner made) or of a project: a workspace's keys. */
    public List<ApiKey> ofWorkspace(String workspaceId) {
        List<ApiKey> found = new ArrayList<>(ownedBy(workspaceId));
        found.addAll(ofProject(workspaceId));
        return found;
    }

    /** A key of the account (its own) or of the project, by id; any other key is as absent as one that never was. */
    public Optional<ApiKey> findInWorkspace(String workspaceId, String keyId) {
        return findOwned(workspaceId, keyId)
                .or(() -> findProjectKey(keyId).filter(key -> key.project().id().equals(workspaceId)));
    }

    /** A project key by id, or empty (a person's key is not a project key). */
    public Optional<ApiKey> findProjectKey(String keyId) {
        return Optional.ofNullable(em.find(ApiKey.class, keyId)).filter(key -> key.project() != null);
    }

    /** Revokes one project key (a member or admin of its organization asked), with the keys it made. */
    @Transactional
    public void revokeProjectKey(Actor actor, String keyId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        findProjectKey(keyId).ifPresent(key -> revokeWithDescendants(actor, key, RevocationReason.OWNER, null, now));
    }

    /** Revokes every live key of the project (it is being deleted), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAllOfProject(Actor actor, String projectId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ApiKey> live = ofProject(projectId).stream()
                .filter(key -> !key.isRevoked() && !key.isExpiredAt(now))
                .toList();
        live.forEach(key -> revokeWithDescendants(actor, key, RevocationReason.OWNER, null, now));
        return live.size();
    }

    private void requireRoomFor(long active, String holder) {
        if (active >= maxActivePerAccount) {
            throw ApiException.conflict(
                    holder + " already has " + active + " active keys, the most it may have; revoke one first",
                    Map.of("reason", "too_many_keys", "limit", maxActivePerAccount));
        }
    }

    private CreatedKey persist(
            Actor actor,
            Account account,
            Project project,
            String name,
            Set<Scope> scopes,
            Integer rateLimit,
            Instant expiresAt,
            AddressAllowlist allowedIps) {
        String key = KeyFormat.newKey();
        ApiKey apiKey = new ApiKey(
                account,
                name,
                key,
                hasher.hash(key),
                hasher.version(),
                scopes,
                rateLimit,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                expiresAt);
        // A person's key made with a key dies with it; a project key belongs to the project, not to its maker's key.
        if (project == null && !actor.viaSession() && !actor.isSystem()) {
            apiKey.madeBy(actor.keyId());
        }
        apiKey.allowIps(allowedIps);
        if (project != null) {
            apiKey.belongTo(project);
        }
        em.persist(apiKey);
        keyCreated.fire(new KeyCreated(
                actor, account.id(), apiKey.id(), apiKey.createdAt(), project == null ? null : project.id()));
        return new CreatedKey(key, apiKey);
    }

    public Optional<ApiKey> findByHash(String keyHash) {
        return em
                .createNamedQuery("ApiKey.findByHash", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<ApiKey> ownedBy(String accountId) {
        return em.createNamedQuery("ApiKey.findByAccount", ApiKey.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /**
     * For each key, every key of its line (itself, the keys it replaced and the keys that replaced it): a line's
     * usage is one history, whichever of its keys made the requests.
     */
    public Map<String, List<String>> lines(Collection<String> keyIds) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> lineOf = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Object[] row : em.createNamedQuery("ApiKey.linesOf", Object[].class)
                .setParameter("ids", keyIds)
                .getResultList()) {
            lineOf.put((String) row[0], (String) row[1]);
            members.computeIfAbsent((String) row[1], line -> new ArrayList<>()).add((String) row[0]);
        }
        Map<String, List<String>> lines = new HashMap<>();
        for (String keyId : keyIds) {
            lines.put(keyId, members.getOrDefault(lineOf.get(keyId), List.of(keyId)));
        }
        return lines;
    }

    /** When each key's line began: the creation of its first key, before any roll. */
    public Map<String, Instant> lineStarts(Collection<String> keyIds) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> starts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("ApiKey.lineStarts", Object[].class)
                .setParameter("ids", keyIds)
                .getResultList()) {
            // The earliest per key, taken here: EclipseLink's MIN() would skip the Instant converter.
            starts.merge((String) row[0], (Instant) row[1], (a, b) -> a.isBefore(b) ? a : b);
        }
        return starts;
    }

    /**
     * Whose security log a key's events belong in, by the key's id (for whoever records what a refused key was used
     * for): its account's, or for a project key its organization's — never its maker's, whom it outlives.
     */
    public Optional<String> logOwnerOf(String keyId) {
        return Optional.ofNullable(em.find(ApiKey.class, keyId))
                .map(key -> key.project() != null
                        ? key.project().organizationId()
                        : key.account().id());
    }

    /** The key if it belongs to the account; another account's key is as absent as a key that never was. */
    public Optional<ApiKey> findOwned(String accountId, String keyId) {
        return em
                .createNamedQuery("ApiKey.findOwned", ApiKey.class)
                .setParameter("id", keyId)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Revokes the key ({@code reason}: its owner or an admin); the verified-key cache forgets it as this commits. */
    @Transactional
    public boolean revoke(Actor actor, String accountId, String keyId, RevocationReason reason) {
        Optional<ApiKey> key = findOwned(accountId, keyId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        key.ifPresent(found -> revokeWithDescendants(actor, found, reason, null, now));
        return key.isPresent();
    }

    /**
     * Revokes every live key of the account (and so the keys they made), each with its own event; returns how many were
     * live. For an account whose keys may have been made by someone else (see {@link RevocationReason#OWNERSHIP_PROVEN}).
     */
    @Transactional
    public int revokeAllOf(Actor actor, String accountId, RevocationReason reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ApiKey> live = ownedBy(accountId).stream()
                .filter(key -> !key.isRevoked() && !key.isExpiredAt(now))
                .toList();
        live.forEach(key -> revokeWithDescendants(actor, key, reason, null, now));
        return live.size();
    }

    /**
     * Revokes a key found in public, with the keys it made, if it still works: the report's {@code url} is kept with
     * it. Returns what the owner must be told when this revoked it; empty when the text is no key of ours or the key
     * no longer worked (a false positive). Only the full key finds a key.
     */
    @Transactional
    public Optional<LeakedKey> revokeLeaked(String token, String url) {
        if (!KeyFormat.isWellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String hash = hasher.hash(token);
        Optional<ApiKey> found = findByHash(hash).filter(key -> KeyHasher.sameDigest(key.keyHash(), hash));
        if (found.isEmpty()) {
            found = hasher.hashUnderPreviousPepper(token)
                    .flatMap(old -> findByHash(old).filter(key -> KeyHasher.sameDigest(key.keyHash(), old)));
        }
        Optional<ApiKey> live = found.filter(key -> !key.isRevoked() && !key.isExpiredAt(now));
        live.ifPresent(key -> revokeWithDescendants(Actor.SYSTEM, key, RevocationReason.LEAKED, url, now));
        return live.map(key -> new LeakedKey(
                key.id(),
                key.name(),
                key.prefix(),
                key.account().id(),
                key.account().email(),
                key.account().name()));
    }

    /** A key revoked because it was found in public, with what its owner's notice needs (never the key). */
    public record LeakedKey(
            String keyId, String keyName, String prefix, String accountId, String ownerEmail, String ownerName) {}

    /**
     * A key made by a key may not outlive it: revoking one revokes every active key it made, and theirs, in the same
     * transaction (each with its own event, so every node's cache forgets each of them).
     */
    private void revokeWithDescendants(Actor actor, ApiKey key, RevocationReason reason, String url, Instant now) {
        if (!key.isRevoked()) {
            key.revoke(now, reason, url);
            keyRevoked.fire(new KeyRevoked(
                    actor,
                    key.account().id(),
                    key.id(),
                    reason,
                    url,
                    now,
                    key.project() == null ? null : key.project().id()));
        }
        em.createNamedQuery("ApiKey.findActiveChildren", ApiKey.class)
                .setParameter("parentId", key.id())
                .getResultList()
                .forEach(child -> revokeWithDescendants(actor, child, RevocationReason.CASCADE, null, now));
    }

    /** A key created by a key expires no later than its creator. */
    static Instant noLaterThanParent(Instant requested, Optional<ApiKey> parent) {
        Instant limit = parent.map(ApiKey::expiresAt).orElse(null);
        if (limit == null) {
            return requested;
        }
        return requested == null || requested.isAfter(limit) ? limit : requested;
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

    /**
     * A key still stored under the previous pepper (after a rotation): found by its old hash and re-hashed under
     * the current pepper, so it keeps working and the previous pepper can be dropped once every key has moved.
     */
    @Transactional
    public Optional<VerifiedKey> upgrade(String previousHash, String currentHash, int currentVersion) {
        return findByHash(previousHash)
                .filter(key -> KeyHasher.sameDigest(key.keyHash(), previousHash) && key.hashVersion() < currentVersion)
                .map(key -> {
                    key.rehash(currentHash, currentVersion);
                    return VerifiedKey.of(key);
                });
    }

    public record CreatedKey(String key, ApiKey apiKey) {}
}
