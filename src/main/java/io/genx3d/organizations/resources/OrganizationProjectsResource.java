package io.genx3d.organizations.resources;

import io.genx3d.audit.AuditEventType;
import io.genx3d.audit.AuditLog;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.OrganizationAccess;
import io.genx3d.organizations.Project;
import io.genx3d.organizations.Projects;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An organization's projects: every member lists them; owners and admins create them. */
@Path("/organizations/{organizationId}/projects")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationProjectsResource {

    @Inject
    Caller caller;

    @Inject
    OrganizationAccess access;

    @Inject
    Projects projects;

    @Inject
    ProjectLimits limits;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uriInfo;

    @POST
    @RequiresScope(Scope.KEYS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("organizationId") String organizationId, JsonObject body) {
        access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        JsonFields fields = JsonFields.of(body, Set.of("name", "rate_limit"));
        String name = fields.requiredName("name", 100);
        Integer rateLimit = limits.requested(fields).orElse(null);
        Project project = projects.create(
                organizationId,
                name,
                rateLimit,
                caller.accountId(),
                caller.get().planLimit());
        audit.record(
                AuditEventType.PROJECT_CREATED,
                organizationId,
                Actor.of(caller.get()),
                project.id(),
                ProjectLimits.audited(project),
                null);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("projects")
                        .path(project.id())
                        .build())
                .entity(limits.view(project))
                .build();
    }

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public Map<String, List<ProjectView>> list(@PathParam("organizationId") String organizationId) {
        access.require(organizationId, caller.accountId(), OrgRole.VIEWER);
        return Map.of(
                "data", projects.of(organizationId).stream().map(limits::view).toList());
    }
}
