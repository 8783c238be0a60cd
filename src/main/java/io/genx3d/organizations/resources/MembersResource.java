package io.genx3d.organizations.resources;

import io.genx3d.accounts.Accounts;
import io.genx3d.audit.AuditEventType;
import io.genx3d.audit.AuditLog;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.organizations.Membership;
import io.genx3d.organizations.OrgRole;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organization's members: everyone in it may list them; owners and admins change roles and remove members; anyone
 * may leave. Only an owner may make an owner or change or remove one, and the last owner can neither go nor be demoted.
 */
@Path("/organizations/{organizationId}/members")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    OrganizationAccess access;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public Map<String, List<MemberView>> list(@PathParam("organizationId") String organizationId) {
        access.require(organizationId, caller.accountId(), OrgRole.VIEWER);
        return Map.of(
                "data",
                organizations.members(organizationId).stream().map(this::view).toList());
    }

    @PATCH
    @RequiresScope(Scope.KEYS_WRITE)
    @Path("/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberView changeRole(
            @PathParam("organizationId") String organizationId,
            @PathParam("accountId") String accountId,
            JsonObject body) {
        OrgRole mine = access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        OrgRole role = role(JsonFields.of(body, Set.of("role")).requiredString("role", 16));
        Membership target = member(organizationId, accountId);
        if (role == OrgRole.OWNER || target.role() == OrgRole.OWNER) {
            requireOwner(mine);
        }
        Membership changed = organizations.changeRole(organizationId, accountId, role);
        audit.record(
                AuditEventType.MEMBER_ROLE_CHANGED,
                organizationId,
                Actor.of(caller.get()),
                accountId,
                Map.of("from", target.role().value(), "to", role.value()),
                null);
        return view(changed);
    }

    @DELETE
    @RequiresScope(Scope.KEYS_WRITE)
    @Path("/{accountId}")
    public Response remove(
            @PathParam("organizationId") String organizationId, @PathParam("accountId") String accountId) {
        boolean leaving = accountId.equals(caller.accountId());
        OrgRole mine = access.require(organizationId, caller.accountId(), leaving ? OrgRole.VIEWER : OrgRole.ADMIN);
        Membership target = member(organizationId, accountId);
        if (!leaving && target.role() == OrgRole.OWNER) {
            requireOwner(mine);
        }
        organizations.remove(organizationId, accountId);
        audit.record(
                AuditEventType.MEMBER_REMOVED,
                organizationId,
                Actor.of(caller.get()),
                accountId,
                Map.of("role", target.role().value(), "left", leaving),
                null);
        return Response.noContent().build();
    }

    private Membership member(String organizationId, String accountId) {
        return organizations.member(organizationId, accountId).orElseThrow(() -> ApiException.notFound("Member"));
    }

    private MemberView view(Membership membership) {
        return MemberView.of(membership, accounts.find(membership.accountId()).orElse(null));
    }

    /** A role named in a request: one of the four, or a 400 on the field listing them. */
    static OrgRole role(String value) {
        return OrgRole.fromValue(value)
                .orElseThrow(() -> ApiException.badField("role", "must be one of owner, admin, member, viewer"));
    }

    private static void requireOwner(OrgRole mine) {
        if (mine != OrgRole.OWNER) {
            throw ApiException.forbidden(
                    "Only an owner may make an owner, or change or remove one", Map.of("reason", "owner_required"));
        }
    }
}
