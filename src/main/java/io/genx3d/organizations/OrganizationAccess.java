package io.genx3d.organizations;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether an account may do something in an organization, from its role read now. A stranger, or someone
 * removed a moment ago, gets the same 404 as for an organization that does not exist (so nothing is revealed); a
 * member whose role is too weak gets a 403 naming the role needed.
 */
@ApplicationScoped
public class OrganizationAccess {

    @Inject
    Organizations organizations;

    @Inject
    Projects projects;

    /** The account's role in the organization, which must be at least {@code needed}. */
    public OrgRole require(String organizationId, String accountId, OrgRole needed) {
        OrgRole role = organizations
                .roleOf(organizationId, accountId)
                .orElseThrow(() -> ApiException.notFound("Organization"));
        requireRole(role, needed);
        return role;
    }

    /** The account's role in the organization as of now, if it belongs to it. */
    public Optional<OrgRole> roleIn(String organizationId, String accountId) {
        return organizations.roleOf(organizationId, accountId);
    }

    /** The live project, whose organization the account must belong to with at least {@code needed}. */
    public Project requireProject(String projectId, String accountId, OrgRole needed) {
        Project project = projects.find(projectId).orElseThrow(() -> ApiException.notFound("Project"));
        OrgRole role = organizations
                .roleOf(project.organizationId(), accountId)
                .orElseThrow(() -> ApiException.notFound("Project"));
        requireRole(role, needed);
        return project;
    }

    static void requireRole(OrgRole role, OrgRole needed) {
        if (!role.atLeast(needed)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", "organization_role");
            details.put("required_role", needed.value());
            details.put("role", role.value());
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "Your role in this organization (" + role.value() + ") does not allow this; it needs "
                            + needed.value() + " or above",
                    details);
        }
    }
}
