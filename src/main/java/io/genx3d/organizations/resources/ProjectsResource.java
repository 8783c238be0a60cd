package io.genx3d.organizations.resources;

import io.genx3d.audit.AuditEventType;
import io.genx3d.audit.AuditLog;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.CreatedKeyView;
import io.genx3d.keys.KeyAnomalies;
import io.genx3d.keys.KeyListing;
import io.genx3d.keys.KeyView;
import io.genx3d.keys.ProjectKeys;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.OrganizationAccess;
import io.genx3d.organizations.Project;
import io.genx3d.organizations.Projects;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/**
 * One project: show it (any member), rename it or change its shared rate limit (owner or admin), delete it (owner or
 * admin; its keys are revoked), and its keys: members and above create them (at most Standard), everyone lists them.
 * A project key is revoked with {@code DELETE /keys/{id}}, as any key.
 */
@Path("/projects/{projectId}")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Caller caller;

    @Inject
    OrganizationAccess access;

    @Inject
    Projects projects;

    @Inject
    ProjectLimits limits;

    @Inject
    ProjectRemoval removal;

    @Inject
    ProjectKeys projectKeys;

    @Inject
    ApiKeys keys;

    @Inject
    KeyAnomalies anomalies;

    @Inject
    RateLimitPolicy rateLimits;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public ProjectView show(@PathParam("projectId") String projectId) {
        return limits.view(access.requireProject(projectId, caller.accountId(), OrgRole.VIEWER));
    }

    @PATCH
    @RequiresScope(Scope.KEYS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectView change(@PathParam("projectId") String projectId, JsonObject body) {
        access.requireProject(projectId, caller.accountId(), OrgRole.ADMIN);
        JsonFields fields = JsonFields.of(body, Set.of("name", "rate_limit"));
        String name = fields.optionalName("name", 100).orElse(null);
        boolean changeLimit = fields.has("rate_limit");
        Integer rateLimit = fields.isExplicitNull("rate_limit")
                ? null
                : limits.requested(fields).orElse(null);
        Project changed = projects.change(
                projectId, name, changeLimit, rateLimit, caller.get().planLimit());
        audit.record(
                AuditEventType.PROJECT_CHANGED,
                changed.organizationId(),
                Actor.of(caller.get()),
                projectId,
                ProjectLimits.audited(changed),
                null);
        return limits.view(changed);
    }

    @DELETE
    @RequiresScope(Scope.KEYS_WRITE)
    public Response delete(@PathParam("projectId") String projectId) {
        Project project = access.requireProject(projectId, caller.accountId(), OrgRole.ADMIN);
        removal.deleteProject(caller.get(), projectId);
        audit.record(
                AuditEventType.PROJECT_DELETED,
                project.organizationId(),
                Actor.of(caller.get()),
                projectId,
                Map.of("name", project.name()),
                null);
        return Response.noContent().build();
    }

    @POST
    @RequiresScope(Scope.KEYS_WRITE)
    @Path("/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createKey(@PathParam("projectId") String projectId, JsonObject body) {
        Project project = access.requireProject(projectId, caller.accountId(), OrgRole.MEMBER);
        CreatedKeyView created = projectKeys.issue(caller.get(), project, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("keys")
                        .path(created.id())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @RequiresScope(Scope.KEYS_READ)
    @Path("/keys")
    public Map<String, List<KeyView>> listKeys(@PathParam("projectId") String projectId) {
        access.requireProject(projectId, caller.accountId(), OrgRole.VIEWER);
        return Map.of("data", KeyListing.of(keys.ofProject(projectId), anomalies, rateLimits));
    }
}
