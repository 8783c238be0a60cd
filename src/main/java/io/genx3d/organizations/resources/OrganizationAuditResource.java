package io.genx3d.organizations.resources;

import io.genx3d.audit.AuditEventPage;
import io.genx3d.audit.AuditListing;
import io.genx3d.audit.AuditQuery;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.OrganizationAccess;
import io.genx3d.ratelimit.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /organizations/{id}/audit-events}: the organization's own log (members, invitations, projects and their
 * keys), chained like an account's, for its owners and admins; filtered and paged as the account's log is.
 */
@Path("/organizations/{organizationId}/audit-events")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationAuditResource {

    @Inject
    Caller caller;

    @Inject
    OrganizationAccess access;

    @Inject
    AuditListing listing;

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public AuditEventPage list(@PathParam("organizationId") String organizationId, @BeanParam AuditQuery query) {
        access.require(organizationId, caller.accountId(), OrgRole.ADMIN);
        return listing.page(organizationId, query);
    }
}
