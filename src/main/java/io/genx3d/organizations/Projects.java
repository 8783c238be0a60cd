package io.genx3d.organizations;

import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Transactional
    public Project create(String organizationId, String name, Integer rateLimit, String accountId) {
        Project project = new Project(organizationId, name, rateLimit, accountId);
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

    /** The organization of a project, deleted or not (its events still go to that organization's log). */
    public Optional<String> organizationOf(String projectId) {
        return Optional.ofNullable(em.find(Project.class, projectId)).map(Project::organizationId);
    }

    /** Renames the project and, when {@code changeLimit}, sets its rate limit (null: the default plan). */
    @Transactional
    public Project change(String projectId, String name, boolean changeLimit, Integer rateLimit) {
        Project project = find(projectId).orElseThrow(() -> ApiException.notFound("Project"));
        if (name != null) {
            project.rename(name);
        }
        if (changeLimit) {
            project.limitTo(rateLimit);
            changed.fire(new ProjectChanged(projectId));
        }
        return project;
    }

    /** Marks the project deleted; its keys are revoked and its models deleted by the caller in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String projectId, Instant now) {
        find(projectId).orElseThrow(() -> ApiException.notFound("Project")).delete(now);
    }
}
