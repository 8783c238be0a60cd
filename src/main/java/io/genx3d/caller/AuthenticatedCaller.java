package io.genx3d.caller;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Set;

/**
 * Who is calling, as an identity store established it: the account, the key used (absent for a dashboard
 * session) and the scopes in force for this request — already narrowed to what the account's role allows. A project
 * key (a service account) acts as its project: {@link #accountId()} is then the project's id.
 */
public class AuthenticatedCaller extends CallerPrincipal {

    private final String accountId;
    private final String keyId;
    private final Set<Scope> scopes;
    private final int rateLimit;
    private final int planLimit;
    private final String lineageId;
    private final String projectId;
    private final String quotaOwnerId;

    /** A caller whose own limit is also its account's plan (a dashboard session). */
    public AuthenticatedCaller(String accountId, String keyId, Set<Scope> scopes, int rateLimit) {
        this(accountId, keyId, scopes, rateLimit, rateLimit);
    }

    public AuthenticatedCaller(String accountId, String keyId, Set<Scope> scopes, int rateLimit, int planLimit) {
        this(accountId, keyId, scopes, rateLimit, planLimit, keyId);
    }

    public AuthenticatedCaller(
            String accountId, String keyId, Set<Scope> scopes, int rateLimit, int planLimit, String lineageId) {
        this(accountId, keyId, scopes, rateLimit, planLimit, lineageId, null);
    }

    /**
     * @param projectId the project of a project key (a service account), else null; for such a key
     *                  {@code accountId} is the project's id too: the project is the account its data, usage, request
     *                  logs and shared quota belong to
     */
    public AuthenticatedCaller(
            String accountId,
            String keyId,
            Set<Scope> scopes,
            int rateLimit,
            int planLimit,
            String lineageId,
            String projectId) {
        this(accountId, keyId, scopes, rateLimit, planLimit, lineageId, projectId, null);
    }

    /**
     * @param quotaOwnerId whose quota window its requests spend, when not its account's: a project key spends its
     *                     project's, or its organization's shared pool (null: the account's)
     */
    public AuthenticatedCaller(
            String accountId,
            String keyId,
            Set<Scope> scopes,
            int rateLimit,
            int planLimit,
            String lineageId,
            String projectId,
            String quotaOwnerId) {
        super(accountId);
        this.projectId = projectId;
        this.quotaOwnerId = quotaOwnerId;
        this.lineageId = lineageId;
        this.accountId = accountId;
        this.keyId = keyId;
        this.scopes = Set.copyOf(scopes);
        this.rateLimit = rateLimit;
        this.planLimit = planLimit;
    }

    public String accountId() {
        return accountId;
    }

    /** The API key id, or null when the caller is a dashboard session. */
    public String keyId() {
        return keyId;
    }

    /**
     * The first key of the line the key used continues (rolling a key keeps the line), or null for a session: the
     * key's own limit is counted per line, so a rolled key does not start with a fresh quota.
     */
    public String lineageId() {
        return lineageId;
    }

    /** The project of a project key (a service account), or null for a person's key or session. */
    public String projectId() {
        return projectId;
    }

    /** Whose quota window this caller's requests spend: its account's, or a project key's project's or pool's. */
    public String quotaOwner() {
        return quotaOwnerId != null ? quotaOwnerId : accountId;
    }

    public boolean viaProjectKey() {
        return projectId != null;
    }

    public boolean viaSession() {
        return keyId == null;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    /** The rate limit in force for this caller (requests per window), already capped by the account's plan. */
    public int rateLimit() {
        return rateLimit;
    }

    /** The account's plan: requests per window for all its keys and sessions together. */
    public int planLimit() {
        return planLimit;
    }
}
