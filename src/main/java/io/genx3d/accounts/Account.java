package io.genx3d.accounts;

import io.genx3d.caller.Role;
import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A person (or organisation) that owns keys and models. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "accounts")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(
        name = "Account.activeAdmins",
        query = "SELECT a FROM Account a WHERE a.role = :role " + "AND (a.status IS NULL OR a.status = :active)")
@NamedQuery(
        name = "Account.firstPage",
        query = "SELECT a FROM Account a WHERE a.email LIKE :email ESCAPE '!' "
                + "ORDER BY a.createdAt DESC, a.id DESC")
@NamedQuery(
        name = "Account.pageAfter",
        query = "SELECT a FROM Account a WHERE a.email LIKE :email ESCAPE '!' "
                + "AND (a.createdAt < :createdAt OR (a.createdAt = :createdAt AND a.id < :id)) "
                + "ORDER BY a.createdAt DESC, a.id DESC")
public class Account {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    /** Null in rows written before statuses existed; read as active. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private AccountStatus status;

    /** The highest rate limit this account's keys may have; null means the server's default plan. */
    @Column(name = "max_rate_limit")
    private Integer maxRateLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    /** The password was chosen by someone shown to hold the mailbox (see {@code verification.AddressProofs}). */
    @Column(name = "password_proven", nullable = false)
    private boolean passwordProven;

    protected Account() {}

    Account(String email, String name, String passwordHash, Role role) {
        this.id = RandomTokens.id("acct");
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public AccountStatus status() {
        return status == null ? AccountStatus.ACTIVE : status;
    }

    public boolean isSuspended() {
        return status() == AccountStatus.SUSPENDED;
    }

    public Integer maxRateLimit() {
        return maxRateLimit;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public boolean passwordProven() {
        return passwordProven;
    }

    void provePassword() {
        this.passwordProven = true;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void markEmailVerified() {
        this.emailVerified = true;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void changeStatus(AccountStatus newStatus) {
        this.status = newStatus;
    }

    void changeMaxRateLimit(Integer newMaxRateLimit) {
        this.maxRateLimit = newMaxRateLimit;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }
}
