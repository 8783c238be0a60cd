package io.genx3d.invitations;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.accounts.AccountsResource;
import io.genx3d.audit.AuditEventType;
import io.genx3d.audit.AuditLog;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Organization;
import io.genx3d.organizations.OrganizationAccess;
import io.genx3d.organizations.Organizations;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inviting people into an organization (owners and admins; only an owner invites an owner), listing and withdrawing
 * invitations. Accepting one is {@link InvitationAcceptanceResource}.
 */
@Path("/organizations/{organizationId}/invitations")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Caller caller;

    @Inject
    Invitations invitations;

    @Inject
    InvitationMail mail;

    @Inject
    OrganizationAccess access;

    @Inject
    Organizations organizations;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "genx3d.invitations.ttl", defaultValue = "P7D")
    Duration ttl;

    @POST
    @RequiresScope(Scope.KEYS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response invite(@PathParam("organizationId") String organizationId, JsonObject body) {
        OrgRole mine = access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        JsonFields fields = JsonFields.of(body, Set.of("email", "role"));
        String email = AccountsResource.email(fields);
        OrgRole role = OrgRole.fromValue(fields.requiredString("role", 16))
                .orElseThrow(() -> ApiException.badField("role", "must be one of owner, admin, member, viewer"));
        if (role == OrgRole.OWNER && mine != OrgRole.OWNER) {
            throw ApiException.forbidden("Only an owner may invite an owner", Map.of("reason", "owner_required"));
        }
        accounts.findByEmail(email)
                .flatMap(account -> organizations.member(organizationId, account.id()))
                .ifPresent(member -> {
                    throw ApiException.conflict(
                            email + " is already a member of this organization", Map.of("reason", "already_member"));
                });
        Invitations.Issued issued = invitations.invite(organizationId, email, role, caller.accountId(), ttl);
        Organization organization = organizations.find(organizationId).orElseThrow();
        Account inviter = accounts.find(caller.accountId()).orElseThrow();
        mail.send(issued.invitation(), issued.token(), organization, inviter);
        audit.record(
                AuditEventType.MEMBER_INVITED,
                organizationId,
                Actor.of(caller.get()),
                issued.invitation().id(),
                Map.of("email", email, "role", role.value()),
                null);
        return Response.status(Response.Status.CREATED)
                .entity(InvitationView.of(issued.invitation(), Instant.now()))
                .build();
    }

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public Map<String, List<InvitationView>> list(@PathParam("organizationId") String organizationId) {
        access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        Instant now = Instant.now();
        return Map.of(
                "data",
                invitations.of(organizationId).stream()
                        .map(invitation -> InvitationView.of(invitation, now))
                        .toList());
    }

    @GET
    @RequiresScope(Scope.KEYS_READ)
    @Path("/{invitationId}")
    public InvitationView show(
            @PathParam("organizationId") String organizationId, @PathParam("invitationId") String invitationId) {
        access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        return invitations
                .find(organizationId, invitationId)
                .map(invitation -> InvitationView.of(invitation, Instant.now()))
                .orElseThrow(() -> ApiException.notFound("Invitation"));
    }

    @DELETE
    @RequiresScope(Scope.KEYS_WRITE)
    @Path("/{invitationId}")
    public Response withdraw(
            @PathParam("organizationId") String organizationId, @PathParam("invitationId") String invitationId) {
        access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        invitations.revoke(organizationId, invitationId);
        audit.record(
                AuditEventType.INVITATION_WITHDRAWN,
                organizationId,
                Actor.of(caller.get()),
                invitationId,
                Map.of(),
                null);
        return Response.noContent().build();
    }
}
