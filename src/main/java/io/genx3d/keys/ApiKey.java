package io.genx3d.keys;

import io.genx3d.accounts.Account;
import io.genx3d.caller.Scope;
import io.genx3d.organizations.Project;
import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An API key as stored: its HMAC (unique, the only way to find it from a presented key), a short display
 * prefix, and what it may do. The key itself is never stored.
 */
@Entity
@Table(name = "api_keys", indexes = @Index(name = "api_keys_account", columnList = "account_id, created_at"))
@NamedQuery(
        name = "ApiKey.findByHash",
        query = "SELECT k FROM ApiKey k JOIN FETCH k.account WHERE k.keyHash = :hash",
        // A project key's project and organization come in the same read: its plan is one of theirs.
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "k.project.organization"))
@NamedQuery(
        name = "ApiKey.findByAccount",
        query = "SELECT k FROM ApiKey k WHERE k.account.id = :accountId AND k.project IS NULL"
                + " ORDER BY k.createdAt DESC, k.id DESC")
@NamedQuery(
        name = "ApiKey.findOwned",
        query = "SELECT k FROM ApiKey k WHERE k.id = :id AND k.account.id = :accountId AND k.project IS NULL")
@NamedQuery(
        name = "ApiKey.findByProject",
        query = "SELECT k FROM ApiKey k WHERE k.project.id = :projectId ORDER BY k.createdAt DESC, k.id DESC")
@NamedQuery(
        name = "ApiKey.findActiveChildren",
        query = "SELECT k FROM ApiKey k WHERE k.parentKeyId = :parentId AND k.revokedAt IS NULL")
@NamedQuery(
        name = "ApiKey.countActive",
        query = "SELECT COUNT(k) FROM ApiKey k WHERE k.account.id = :accountId AND k.project IS NULL"
                + " AND k.revokedAt IS NULL"
                + " AND (k.expiresAt IS NULL OR k.expiresAt > :now)")
@NamedQuery(
        name = "ApiKey.countActiveOfProject",
        query = "SELECT COUNT(k) FROM ApiKey k WHERE k.project.id = :projectId AND k.revokedAt IS NULL"
                + " AND (k.expiresAt IS NULL OR k.expiresAt > :now)")
@NamedQuery(
        name = "ApiKey.linesOf",
        query = "SELECT k.id, k.lineageId FROM ApiKey k WHERE k.lineageId IN"
                + " (SELECT o.lineageId FROM ApiKey o WHERE o.id IN :ids)")
@NamedQuery(
        name = "ApiKey.lineStarts",
        query = "SELECT k.id, o.createdAt FROM ApiKey k, ApiKey o WHERE o.lineageId = k.lineageId AND k.id IN :ids")
@NamedQuery(
        name = "ApiKey.recordUse",
        query = "UPDATE ApiKey k SET k.lastUsedAt = :now, k.lastUsedAddress = :address WHERE k.id = :id")
public class ApiKey {

    @Id
    @Column(length = 40)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** The project of a project key (a service account); null for a person's own key. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    /** The key that created this one (through {@code POST /keys} with a key), or null for a session. */
    @Column(name = "parent_key_id", length = 40)
    private String parentKeyId;

    @Column(name = "hash_version", nullable = false)
    private int hashVersion = 1;

    @Column(nullable = false, length = 500)
    private String scopes;

    @Column(name = "rate_limit")
    private Integer rateLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_address", length = 64)
    private String lastUsedAddress;

    @Column(name = "allowed_ips", length = 2000)
    private String allowedIps;

    @Column(name = "replaced_by", length = 40)
    private String replacedBy;

    @Column(name = "replaces", length = 40)
    private String replaces;

    /** The first key of the line this key continues (its own id unless it was made by rolling another). */
    @Column(name = "lineage_id", nullable = false, length = 40)
    private String lineageId;

    @Column(name = "revoked_reason", length = 16)
    private String revokedReason;

    @Column(name = "revoked_url", length = 500)
    private String revokedUrl;

    @Column(name = "reminded_week_at")
    private Instant remindedWeekAt;

    @Column(name = "reminded_day_at")
    private Instant remindedDayAt;

    protected ApiKey() {}

    ApiKey(
            Account account,
            String name,
            String key,
            String keyHash,
            int hashVersion,
            Set<Scope> scopes,
            Integer rateLimit,
            Instant createdAt,
            Instant expiresAt) {
        this.id = RandomTokens.id("key");
        this.account = account;
        this.name = name;
        this.prefix = KeyFormat.displayPrefix(key);
        this.keyHash = keyHash;
        this.hashVersion = hashVersion;
        this.scopes = Scope.describe(scopes);
        this.rateLimit = rateLimit;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lineageId = id;
    }

    public String id() {
        return id;
    }

    /** The account the key belongs to; for a project key, the member who made it. */
    public Account account() {
        return account;
    }

    /** The project of a project key, or null for a person's own key. */
    public Project project() {
        return project;
    }

    void belongTo(Project project) {
        this.project = project;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    /** Moves the stored hash to the current pepper (see {@link KeyHasher#version()}). */
    void rehash(String newHash, int version) {
        this.keyHash = newHash;
        this.hashVersion = version;
    }

    void madeBy(String parentId) {
        this.parentKeyId = parentId;
    }

    public String parentKeyId() {
        return parentKeyId;
    }

    public int hashVersion() {
        return hashVersion;
    }

    public String keyHash() {
        return keyHash;
    }

    public Set<Scope> scopes() {
        return Scope.parse(scopes);
    }

    public Integer rateLimit() {
        return rateLimit;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String lastUsedAddress() {
        return lastUsedAddress;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The reason is kept from the first revocation; a key is revoked once. */
    void revoke(Instant now, RevocationReason reason, String url) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason.value();
            revokedUrl = url;
        }
    }

    public Optional<RevocationReason> revokedReason() {
        return RevocationReason.fromValue(revokedReason);
    }

    public String revokedUrl() {
        return revokedUrl;
    }

    public AddressAllowlist allowedIps() {
        return AddressAllowlist.parseStored(allowedIps);
    }

    void allowIps(AddressAllowlist allowlist) {
        this.allowedIps = allowlist.stored();
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** A new limit of its own (null: the default); the account's plan still caps it. */
    void limitTo(Integer newRateLimit) {
        this.rateLimit = newRateLimit;
    }

    /** A new end (null: never), checked against the caller and the key's creator before. */
    void expireAt(Instant newExpiresAt) {
        this.expiresAt = newExpiresAt;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public String replaces() {
        return replaces;
    }

    public String lineageId() {
        return lineageId;
    }

    /** This key continues {@code predecessor}: the same line, so the same quota and usage history. */
    void succeed(ApiKey predecessor) {
        this.replaces = predecessor.id;
        this.lineageId = predecessor.lineageId;
        this.parentKeyId = predecessor.parentKeyId;
        this.allowedIps = predecessor.allowedIps;
    }

    /** Replaced by {@code successor}: this key works until {@code until}, or its own expiry if sooner. */
    void replaceBy(ApiKey successor, Instant until) {
        this.replacedBy = successor.id;
        if (expiresAt == null || until.isBefore(expiresAt)) {
            this.expiresAt = until;
        }
    }

    /** This key expires at {@code limit} if it would otherwise live longer (the key it answers to ends then). */
    void expireNoLaterThan(Instant limit) {
        if (expiresAt == null || expiresAt.isAfter(limit)) {
            expiresAt = limit;
        }
    }

    public Instant remindedWeekAt() {
        return remindedWeekAt;
    }

    public Instant remindedDayAt() {
        return remindedDayAt;
    }
}
