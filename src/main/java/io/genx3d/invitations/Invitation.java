package io.genx3d.invitations;

import io.genx3d.organizations.OrgRole;
import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitation as stored: to whom, with which role, and the HMAC of its mailed token (never the token). */
@Entity
@Table(name = "organization_invitations")
@NamedQuery(
        name = "Invitation.ofOrganization",
        query = "SELECT i FROM Invitation i WHERE i.organizationId = :organizationId ORDER BY i.createdAt DESC, i.id")
@NamedQuery(name = "Invitation.byToken", query = "SELECT i FROM Invitation i WHERE i.tokenHash = :tokenHash")
public class Invitation {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "organization_id", nullable = false, length = 40)
    private String organizationId;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgRole role;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 40)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 40)
    private String acceptedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {}

    Invitation(
            String organizationId,
            String email,
            OrgRole role,
            String tokenHash,
            String invitedBy,
            Instant now,
            Instant expiresAt) {
        this.id = RandomTokens.id("inv");
        this.organizationId = organizationId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String email() {
        return email;
    }

    public OrgRole role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** {@code pending}, {@code accepted}, {@code revoked} or {@code expired}. */
    public String status(Instant now) {
        if (acceptedAt != null) {
            return "accepted";
        }
        if (revokedAt != null) {
            return "revoked";
        }
        return now.isBefore(expiresAt) ? "pending" : "expired";
    }

    void accept(String accountId, Instant now) {
        this.acceptedBy = accountId;
        this.acceptedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }
}
