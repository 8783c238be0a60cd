package io.genx3d.audit;

import com.github.benmanes.caffeine.cache.Cache;
import io.genx3d.accounts.AccountActivity;
import io.genx3d.accounts.AccountChanged;
import io.genx3d.accounts.AccountSignedUp;
import io.genx3d.accounts.Accounts;
import io.genx3d.accounts.EmailChanged;
import io.genx3d.auth.AuthenticationRefused;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.genx3d.caller.Actor;
import io.genx3d.caller.RefusalReason;
import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.KeyChanged;
import io.genx3d.keys.KeyCreated;
import io.genx3d.keys.KeyRevoked;
import io.genx3d.keys.KeyRolled;
import io.genx3d.organizations.Projects;
import io.genx3d.sessions.LoginFailed;
import io.genx3d.sessions.LoginSucceeded;
import io.genx3d.verification.OwnershipProven;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the domain's events into audit events. The observers run where the event is fired, inside its transaction
 * when it has one, so the audit row commits with the change. A real key refused again and again (an expired key in a
 * forgotten job) is recorded once a minute per key and reason, not once per request: the last recording of each is
 * remembered for that minute, for at most {@code genx3d.caches.audited-refusals.max-entries} keys and reasons
 * ({@link Caches}); past that bound the least used few are forgotten and recorded again on their next refusal.
 */
@ApplicationScoped
public class AuditObservers {

    static final Duration REPEATED_REFUSALS = Duration.ofMinutes(1);

    @Inject
    AuditLog audit;

    @Inject
    Projects projects;

    @Inject
    ApiKeys keys;

    @Inject
    Accounts accounts;

    @Inject
    Caches caches;

    private Cache<String, Instant> lastRefusalRecorded;

    @PostConstruct
    void init() {
        lastRefusalRecorded = caches.cache(CacheName.AUDITED_REFUSALS, REPEATED_REFUSALS);
    }

    void signedUp(@Observes AccountSignedUp signedUp) {
        String id = signedUp.account().id();
        audit.record(AuditEventType.SIGNED_UP, id, new Actor(id, null), id, Map.of(), null);
    }

    void activity(@Observes AccountActivity activity) {
        AuditEventType type = AuditEventType.valueOf(activity.kind().name());
        String id = activity.accountId();
        audit.record(type, id, new Actor(id, null), id, Map.of(), null);
    }

    /** The account moved to a new address, proven by the link mailed there; both addresses are the owner's to see. */
    void emailChanged(@Observes EmailChanged changed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("old_email", changed.oldEmail());
        details.put("new_email", changed.newEmail());
        String id = changed.accountId();
        audit.record(AuditEventType.EMAIL_CHANGED, id, new Actor(id, null), id, details, null);
    }

    /** The address's owner proved it and what was made before ended (each revoked key has its own event too). */
    void ownershipProven(@Observes OwnershipProven proven) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("proof", proven.proof().value());
        details.put("sessions_ended", proven.sessionsEnded());
        details.put("keys_revoked", proven.keysRevoked());
        String id = proven.accountId();
        audit.record(AuditEventType.OWNERSHIP_PROVEN, id, Actor.SYSTEM, id, details, null);
    }

    void loggedIn(@Observes LoginSucceeded login) {
        String id = login.accountId();
        audit.record(AuditEventType.LOGIN_SUCCEEDED, id, new Actor(id, null), id, Map.of(), login.clientAddress());
    }

    void loginFailed(@Observes LoginFailed failed) {
        String accountId = accounts.findByEmail(failed.email())
                .map(account -> account.id())
                .orElse(null);
        audit.recordAnonymous(
                AuditEventType.LOGIN_FAILED, accountId, Map.of("email", failed.email()), failed.clientAddress());
    }

    void accountChanged(@Observes AccountChanged change) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("role", change.role());
        details.put("status", change.status());
        details.put("max_rate_limit", change.maxRateLimit());
        audit.record(
                AuditEventType.ACCOUNT_CHANGED, change.accountId(), change.actor(), change.accountId(), details, null);
    }

    /** A project key's events go to its organization's log, naming the project; a person's to their own. */
    void keyCreated(@Observes KeyCreated created) {
        if (created.projectId() != null) {
            projects.find(created.projectId())
                    .ifPresent(project -> audit.record(
                            AuditEventType.KEY_CREATED,
                            project.organizationId(),
                            created.actor(),
                            created.keyId(),
                            Map.of("project_id", project.id(), "created_by", created.accountId()),
                            null));
            return;
        }
        audit.record(AuditEventType.KEY_CREATED, created.accountId(), created.actor(), created.keyId(), Map.of(), null);
    }

    void keyRolled(@Observes KeyRolled rolled) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("successor_id", rolled.successorId());
        details.put("old_key_expires_at", rolled.oldKeyExpiresAt().toString());
        if (!rolled.handedOn().isEmpty()) {
            details.put("handed_on", rolled.handedOn());
        }
        audit.record(AuditEventType.KEY_ROLLED, rolled.accountId(), rolled.actor(), rolled.keyId(), details, null);
    }

    void keyChanged(@Observes KeyChanged changed) {
        if (changed.newName() != null) {
            audit.record(
                    AuditEventType.KEY_RENAMED,
                    changed.accountId(),
                    changed.actor(),
                    changed.keyId(),
                    Map.of("name", changed.newName()),
                    null);
        }
        if (changed.newAllowedIps() != null) {
            audit.record(
                    AuditEventType.KEY_ALLOWLIST_CHANGED,
                    changed.accountId(),
                    changed.actor(),
                    changed.keyId(),
                    Map.of("allowed_ips", changed.newAllowedIps()),
                    null);
        }
        if (changed.newRateLimit() != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rate_limit", changed.newRateLimit().value()); // null: back to the default
            audit.record(
                    AuditEventType.KEY_RATE_LIMIT_CHANGED,
                    changed.accountId(),
                    changed.actor(),
                    changed.keyId(),
                    details,
                    null);
        }
        if (changed.newExpiresAt() != null) {
            keyExpiryChanged(changed);
        }
    }

    private void keyExpiryChanged(KeyChanged changed) {
        Map<String, Object> details = new LinkedHashMap<>();
        Instant expiresAt = changed.newExpiresAt().value();
        details.put("expires_at", expiresAt == null ? null : expiresAt.toString()); // null: never
        if (!changed.expiryCapped().isEmpty()) {
            details.put("expiry_capped", changed.expiryCapped());
        }
        audit.record(
                AuditEventType.KEY_EXPIRY_CHANGED,
                changed.accountId(),
                changed.actor(),
                changed.keyId(),
                details,
                null);
    }

    void keyRevoked(@Observes KeyRevoked revoked) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", revoked.reason().value());
        if (revoked.url() != null) {
            details.put("url", revoked.url());
        }
        if (revoked.projectId() != null) {
            details.put("project_id", revoked.projectId());
            projects.organizationOf(revoked.projectId())
                    .ifPresent(organizationId -> audit.record(
                            AuditEventType.KEY_REVOKED,
                            organizationId,
                            revoked.actor(),
                            revoked.keyId(),
                            details,
                            null));
            return;
        }
        audit.record(AuditEventType.KEY_REVOKED, revoked.accountId(), revoked.actor(), revoked.keyId(), details, null);
    }

    /** A real key refused: expired, its account suspended, or used from an address it does not allow. */
    void keyRefused(@Observes AuthenticationRefused refused) {
        AuditEventType type = typeOf(refused.reason());
        if (type == null || refused.keyId() == null || !firstInAWhile(refused, type)) {
            return;
        }
        keys.logOwnerOf(refused.keyId())
                .ifPresent(accountId -> audit.record(
                        type,
                        accountId,
                        new Actor(accountId, refused.keyId()),
                        refused.keyId(),
                        Map.of(),
                        refused.clientAddress()));
    }

    private static AuditEventType typeOf(RefusalReason reason) {
        return switch (reason) {
            case KEY_EXPIRED -> AuditEventType.EXPIRED_KEY_REFUSED;
            case ACCOUNT_SUSPENDED -> AuditEventType.SUSPENDED_ACCOUNT_REFUSED;
            case ADDRESS_NOT_ALLOWED -> AuditEventType.ADDRESS_REFUSED;
            default -> null;
        };
    }

    private boolean firstInAWhile(AuthenticationRefused refused, AuditEventType type) {
        String key = refused.keyId() + ":" + type.value();
        Instant last = lastRefusalRecorded.getIfPresent(key);
        if (last != null && last.plus(REPEATED_REFUSALS).isAfter(refused.at())) {
            return false;
        }
        lastRefusalRecorded.put(key, refused.at());
        return true;
    }
}
