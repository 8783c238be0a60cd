package io.genx3d.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use token mailed to an account's address. Its id is the HMAC of the token, so the table opens nothing. */
@Entity
@Table(name = "mailed_tokens")
@NamedQuery(
        name = "MailedToken.retireUnused",
        query = "UPDATE MailedToken t SET t.usedAt = :now WHERE t.accountId = :accountId AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL")
@NamedQuery(
        name = "MailedToken.unused",
        query = "SELECT t FROM MailedToken t WHERE t.accountId = :accountId AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL AND t.expiresAt > :now")
@NamedQuery(name = "MailedToken.deleteExpired", query = "DELETE FROM MailedToken t WHERE t.expiresAt < :before")
public class MailedToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Purpose purpose;

    @Column(name = "account_id", nullable = false, length = 40)
    private String accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For an {@link Purpose#EMAIL_CHANGE} link: the address it moves the account to (the one it was mailed to). */
    @Column(name = "new_email", length = 254)
    private String newEmail;

    protected MailedToken() {}

    MailedToken(
            String tokenHash,
            Purpose purpose,
            String accountId,
            Instant createdAt,
            Instant expiresAt,
            String newEmail) {
        this.newEmail = newEmail;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isFor(Purpose wanted) {
        return purpose == wanted;
    }

    boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    String accountId() {
        return accountId;
    }

    String newEmail() {
        return newEmail;
    }
}
