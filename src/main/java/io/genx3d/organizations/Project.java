package io.genx3d.organizations;

import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A project of an organization: it owns models and keys (service accounts), and its {@code rate_limit} is one quota all
 * its keys share (null: they share the organization's plan with the other projects without a limit). A deleted project keeps its row, so its revoked keys still name it.
 */
@Entity
@Table(name = "projects")
@NamedQuery(
        name = "Project.ofOrganization",
        query = "SELECT p FROM Project p WHERE p.organizationId = :organizationId AND p.deletedAt IS NULL"
                + " ORDER BY p.createdAt, p.id")
public class Project {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "organization_id", nullable = false, length = 40)
    private String organizationId;

    /** Read with the project when a project key is verified: its plan is the pool of projects without a limit. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    private Organization organization;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "rate_limit")
    private Integer rateLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Project() {}

    Project(Organization organization, String name, Integer rateLimit, String createdBy) {
        this.id = RandomTokens.id("proj");
        this.organizationId = organization.id();
        this.organization = organization;
        this.name = name;
        this.rateLimit = rateLimit;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    /** Requests per window shared by all the project's keys, or null: it shares its organization's plan. */
    public Integer rateLimit() {
        return rateLimit;
    }

    /** Whose quota its keys spend: its own when it has a rate limit, else its organization's pool. */
    public String quotaOwnerId() {
        return rateLimit != null ? id : organizationId;
    }

    /** The requests per window its keys share: its own limit, or its organization's plan. */
    public int effectiveRateLimit() {
        return rateLimit != null ? rateLimit : organization.planLimit();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    void rename(String name) {
        this.name = name;
    }

    void limitTo(Integer rateLimit) {
        this.rateLimit = rateLimit;
    }

    void delete(Instant now) {
        this.deletedAt = now;
    }
}
