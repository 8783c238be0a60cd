package io.genx3d.organizations.resources;

import io.genx3d.audit.AuditEventType;
import io.genx3d.audit.AuditLog;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Organization;
import io.genx3d.organizations.OrganizationAccess;
import io.genx3d.organizations.Organizations;
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
 * Organizations: create one (you become its owner), list yours with your role in each, show, rename (owner or admin)
 * and delete (owner: its projects are deleted and their keys revoked).
 */
@Path("/organizations")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    OrganizationAccess access;

    @Inject
    ProjectRemoval removal;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uriInfo;

    @POST
    @RequiresScope(Scope.KEYS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        String name = JsonFields.of(body, Set.of("name")).requiredName("name", 100);
        Organization organization =
                organizations.create(caller.accountId(), name, caller.get().planLimit());
        audit.record(
                AuditEventType.ORGANIZATION_CREATED,
                organization.id(),
                Actor.of(caller.get()),
                organization.id(),
                Map.of("name", name),
                null);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(organization.id()).build())
                .entity(OrganizationView.of(organization, OrgRole.OWNER))
                .build();
    }

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public Map<String, List<OrganizationView>> list() {
        return Map.of(
                "data",
                organizations.of(caller.accountId()).stream()
                        .map(each -> OrganizationView.of(each.organization(), each.role()))
                        .toList());
    }

    @GET
    @RequiresScope(Scope.KEYS_READ)
    @Path("/{organizationId}")
    public OrganizationView show(@PathParam("organizationId") String organizationId) {
        OrgRole role = access.require(organizationId, caller.accountId(), OrgRole.VIEWER);
        return OrganizationView.of(organizations.find(organizationId).orElseThrow(), role);
    }

    @PATCH
    @RequiresScope(Scope.KEYS_WRITE)
    @Path("/{organizationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationView rename(@PathParam("organizationId") String organizationId, JsonObject body) {
        OrgRole role = access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        String name = JsonFields.of(body, Set.of("name")).requiredName("name", 100);
        OrganizationView renamed = OrganizationView.of(organizations.rename(organizationId, name), role);
        audit.record(
                AuditEventType.ORGANIZATION_RENAMED,
                organizationId,
                Actor.of(caller.get()),
                organizationId,
                Map.of("name", name),
                null);
        return renamed;
    }

    @DELETE
    @RequiresScope(Scope.KEYS_WRITE)
    @Path("/{organizationId}")
    public Response delete(@PathParam("organizationId") String organizationId) {
        access.require(organizationId, caller.accountId(), OrgRole.OWNER);
        removal.deleteOrganization(caller.get(), organizationId);
        return Response.noContent().build();
    }
}
