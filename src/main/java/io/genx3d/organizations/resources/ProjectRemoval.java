package io.genx3d.organizations.resources;

import io.genx3d.caller.Actor;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.keys.ApiKeys;
import io.genx3d.organizations.Organizations;
import io.genx3d.organizations.Project;
import io.genx3d.organizations.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Deleting a project revokes its keys in the same transaction (each revocation evicts the key on every node as it
 * commits); deleting an organization does so for each of its projects. Each project's row is locked before its keys
 * are read, and key creation takes the same lock and refuses a deleted project, so no key is made that the deletion
 * does not see. A deleted project's models are kept, out of
 * reach (no one can name a deleted project), rather than destroyed by one click.
 */
@ApplicationScoped
public class ProjectRemoval {

    @Inject
    Projects projects;

    @Inject
    Organizations organizations;

    @Inject
    ApiKeys keys;

    @Transactional
    public void deleteProject(AuthenticatedCaller who, String projectId) {
        projects.lock(projectId);
        keys.revokeAllOfProject(Actor.of(who), projectId);
        projects.delete(projectId, Instant.now());
    }

    @Transactional
    public void deleteOrganization(AuthenticatedCaller who, String organizationId) {
        Instant now = Instant.now();
        organizations.lock(organizationId);
        for (Project project : projects.of(organizationId)) {
            projects.lock(project.id());
            keys.revokeAllOfProject(Actor.of(who), project.id());
            projects.delete(project.id(), now);
        }
        organizations.delete(organizationId, now);
    }
}
