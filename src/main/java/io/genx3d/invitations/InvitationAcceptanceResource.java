package io.genx3d.invitations;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.audit.AuditEventType;
import io.genx3d.audit.AuditLog;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresSession;
import io.genx3d.errors.ApiException;
import io.genx3d.organizations.Organization;
import io.genx3d.organizations.Organizations;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /invitations/accept}: the mailed link's page sends its token here, signed in as the invited address
 * (verified), and the person joins the organization with the invited role.
 */
@Path("/invitations")
@RequestScoped
@RateLimited
@RequiresSession
@Produces(MediaType.APPLICATION_JSON)
public class InvitationAcceptanceResource {

    @Inject
    Caller caller;

    @Inject
    Invitations invitations;

    @Inject
    Organizations organizations;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    /** Joins the organization with the invited role: the session's verified address must be the invited one. */
    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public AcceptedView accept(JsonObject body) {
        String token = JsonFields.of(body, Set.of("token")).requiredString("token", 100);
        Account account = accounts.find(caller.accountId()).orElseThrow(() -> ApiException.notFound("Account"));
        Invitations.Accepted accepted = invitations.accept(token, account);
        Organization organization =
                organizations.find(accepted.invitation().organizationId()).orElseThrow();
        audit.record(
                AuditEventType.MEMBER_JOINED,
                organization.id(),
                Actor.of(caller.get()),
                account.id(),
                Map.of(
                        "role",
                        accepted.membership().role().value(),
                        "invitation_id",
                        accepted.invitation().id()),
                null);
        return new AcceptedView(
                organization.id(),
                organization.name(),
                accepted.membership().role().value());
    }

    /** The organization joined, and the role held there now. */
    public record AcceptedView(String organizationId, String organizationName, String role) {}
}
