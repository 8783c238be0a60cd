package io.genx3d.organizations;

import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of projects. A changed rate limit is published ({@link ProjectChanged}) so every node re-reads it. */
@ApplicationScoped
public class Projects {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProjectChanged> changed;

    @Inject
    Organizations organizations;

    /**
     * Creates a project with {@code rateLimit} (null: it shares the organization's plan), which must fit in what is left
     * of {@code plan}, the creator's plan, after the organization's other projects' limits ({@link PlanAllocation}). The organization is locked meanwhile, so a deletion
     * of it, or another project's limit, is decided before or after, never beside.
     */
    @Transactional
    public Project create(String organizationId, String name, Integer rateLimit, String accountId, long plan) {
        Organization organization = organizations.lock(organizationId);
        Integer limit = new PlanAllocation(plan, limitsOfOthers(organizationId, null)).limitFor(rateLimit);
        Project project = new Project(organization, name, limit, accountId);
        em.persist(project);
        return project;
    }

    public List<Project> of(String organizationId) {
        return em.createNamedQuery("Project.ofOrganization", Project.class)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }

    /** A live project (not deleted, in a live organization). */
    public Optional<Project> find(String projectId) {
        return Optional.ofNullable(projectId)
                .map(id -> em.find(Project.class, id))
                .filter(project -> !project.isDeleted())
                .filter(project -> em.find(Organization.class, project.organizationId()) instanceof Organization org
                        && !org.isDeleted());
    }

    /** The limits of the organization's live projects but {@code except} (null: all), together. */
    private long limitsOfOthers(String organizationId, String except) {
        return of(organizationId).stream()
                .filter(project -> !project.id().equals(except))
                .mapToLong(project -> project.rateLimit() == null ? 0 : project.rateLimit())
                .sum();
    }

    /** The organization of a project, deleted or not (its events still go to that organization's log). */
    public Optional<String> organizationOf(String projectId) {
        return Optional.ofNullable(em.find(Project.class, projectId)).map(Project::organizationId);
    }

    /**
     * Renames the project and, when {@code changeLimit}, sets its rate limit (null: it shares the organization's plan),
     * which must fit in what is left of {@code plan}, the changer's plan, after the organization's other projects.
     */
    @Transactional
    public Project change(String projectId, String name, boolean changeLimit, Integer rateLimit, long plan) {
        Project project = find(projectId).orElseThrow(() -> ApiException.notFound("Project"));
        if (name != null) {
            project.rename(name);
        }
        if (changeLimit) {
            organizations.lock(project.organizationId());
            project.limitTo(
                    new PlanAllocation(plan, limitsOfOthers(project.organizationId(), projectId)).limitFor(rateLimit));
            changed.fire(new ProjectChanged(projectId));
        }
        return project;
    }

    /**
     * Locks a live project's row for the rest of the transaction: taken before its keys are revoked for its deletion, so
     * a key being created at the same moment is either committed first (and revoked with the others) or waits and finds
     * the project deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project lock(String projectId) {
        Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null || project.isDeleted()) {
            throw ApiException.notFound("Project");
        }
        return project;
    }

    /** Marks the project deleted; the caller has locked it and revoked its keys in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String projectId, Instant now) {
        lock(projectId).delete(now);
    }
}
