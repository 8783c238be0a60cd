package io.genx3d.organizations;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where a request's models, chat, usage and request logs live: the caller's own account, or a project. A person (a
 * session or a personal key) works in their own account unless the request names a project ({@code ?project_id=}),
 * which they must belong to, with at least the role the operation needs, as of this request. A project key always
 * works in its project: it cannot name another.
 */
@ApplicationScoped
public class Workspaces {

    @Inject
    OrganizationAccess access;

    /** The id of the account or project the request acts on; {@code needed} is the role a person must hold there. */
    public String of(AuthenticatedCaller caller, String projectId, OrgRole needed) {
        if (caller.viaProjectKey()) {
            if (projectId != null && !projectId.equals(caller.projectId())) {
                throw ApiException.notFound("Project");
            }
            return caller.projectId();
        }
        if (projectId == null) {
            return caller.accountId();
        }
        return access.requireProject(projectId, caller.accountId(), needed).id();
    }
}
