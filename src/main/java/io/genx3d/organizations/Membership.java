package io.genx3d.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An account's place in an organization: its role, and since when. */
@Entity
@Table(name = "organization_members")
@IdClass(Membership.Key.class)
@NamedQuery(
        name = "Membership.ofAccount",
        query = "SELECT m, o FROM Membership m, Organization o WHERE o.id = m.organizationId"
                + " AND m.accountId = :accountId AND o.deletedAt IS NULL ORDER BY o.createdAt, o.id")
@NamedQuery(
        name = "Membership.ofOrganization",
        query = "SELECT m FROM Membership m WHERE m.organizationId = :organizationId ORDER BY m.joinedAt, m.accountId")
@NamedQuery(
        name = "Membership.roleIn",
        query = "SELECT m.role FROM Membership m, Organization o WHERE o.id = m.organizationId"
                + " AND m.organizationId = :organizationId AND m.accountId = :accountId AND o.deletedAt IS NULL")
@NamedQuery(
        name = "Membership.countOwned",
        query = "SELECT COUNT(m) FROM Membership m, Organization o WHERE o.id = m.organizationId"
                + " AND m.accountId = :accountId AND m.role = :role AND o.deletedAt IS NULL")
@NamedQuery(
        name = "Membership.countRole",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.organizationId = :organizationId AND m.role = :role")
public class Membership {

    @Id
    @Column(name = "organization_id", length = 40)
    private String organizationId;

    @Id
    @Column(name = "account_id", length = 40)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {}

    Membership(String organizationId, String accountId, OrgRole role) {
        this.organizationId = organizationId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public String organizationId() {
        return organizationId;
    }

    public String accountId() {
        return accountId;
    }

    public OrgRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    void changeRole(OrgRole role) {
        this.role = role;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String organizationId;
        private String accountId;

        public Key() {}

        Key(String organizationId, String accountId) {
            this.organizationId = organizationId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.organizationId.equals(organizationId)
                    && key.accountId.equals(accountId);
        }

        @Override
        public int hashCode() {
            return organizationId.hashCode() * 31 + accountId.hashCode();
        }
    }
}
