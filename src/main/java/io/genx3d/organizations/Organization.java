package io.genx3d.organizations;

import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A team that owns projects; its members hold roles ({@link Membership}). Deleted organizations keep their row. */
@Entity
@Table(name = "organizations")
public class Organization {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, length = 100)
    private String name;

    /** The pool its projects without a rate limit of their own share: its creator's plan when it was made. */
    @Column(name = "plan_limit", nullable = false)
    private int planLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Organization() {}

    Organization(String name, String createdBy, int planLimit) {
        this.id = RandomTokens.id("org");
        this.name = name;
        this.planLimit = planLimit;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Requests per window shared by its projects that have no rate limit of their own. */
    public int planLimit() {
        return planLimit;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    void rename(String name) {
        this.name = name;
    }

    void delete(Instant now) {
        this.deletedAt = now;
    }
}
