package io.genx3d.keys;

import io.genx3d.accounts.Account;
import io.genx3d.caller.Role;
import io.genx3d.caller.Scope;
import io.genx3d.organizations.Project;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What authenticating a key needs to know, copied out of the key and its account so it can be kept in memory
 * ({@link VerifiedKeys}) without holding JPA entities.
 */
public record VerifiedKey(
        String id,
        String keyHash,
        String accountId,
        Role role,
        boolean accountSuspended,
        Set<Scope> scopes,
        Integer rateLimit,
        Integer accountMaxRateLimit,
        Instant expiresAt,
        boolean revoked,
        String lineageId,
        List<String> allowedIps,
        String projectId,
        String quotaOwnerId) {

    static VerifiedKey of(ApiKey key) {
        if (key.project() != null) {
            return ofProject(key, key.project());
        }
        Account account = key.account();
        return new VerifiedKey(
                key.id(),
                key.keyHash(),
                account.id(),
                account.role(),
                account.isSuspended(),
                Set.copyOf(key.scopes()),
                key.rateLimit(),
                account.maxRateLimit(),
                key.expiresAt(),
                key.isRevoked(),
                key.lineageId(),
                key.allowedIps().entries(),
                null,
                null);
    }

    /**
     * A project key acts as its project: the project is its account (whose models and usage it uses, and whose id
     * evicts it); its plan is the project's {@code rate_limit}, spent in the project's quota, or without one the
     * organization's plan, spent in the organization's pool; and it does not depend on the standing of the
     * member who made it, which a project key is meant to survive. Its scopes never exceed an ordinary account's.
     */
    private static VerifiedKey ofProject(ApiKey key, Project project) {
        return new VerifiedKey(
                key.id(),
                key.keyHash(),
                project.id(),
                Role.USER,
                false,
                Set.copyOf(key.scopes()),
                key.rateLimit(),
                project.effectiveRateLimit(),
                key.expiresAt(),
                // Deleting a project revokes its keys; a deleted project's key is refused even if one was missed.
                key.isRevoked() || project.isDeleted(),
                key.lineageId(),
                key.allowedIps().entries(),
                project.id(),
                project.quotaOwnerId());
    }

    /** Whether a client at {@code address} may use this key (read from the kept entries: keys with a list are few). */
    public boolean allowsAddress(String address) {
        return allowedIps == null
                || allowedIps.isEmpty()
                || AddressAllowlist.parse(allowedIps, "allowed_ips").allows(address);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
