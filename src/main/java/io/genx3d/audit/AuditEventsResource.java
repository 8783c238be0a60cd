package io.genx3d.audit;

import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.ratelimit.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/audit-events}: the caller's account's security log, newest first, filtered by {@code type} and a
 * {@code from}/{@code to} time range; and, for admins, {@code GET /api/v1/audit-events/verification}, which walks the
 * whole chain and names its first broken link.
 */
@Path("/audit-events")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    @Inject
    Caller caller;

    @Inject
    AuditListing listing;

    @Inject
    AuditEvents events;

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public AuditEventPage list(@BeanParam AuditQuery query) {
        return listing.page(caller.accountId(), query);
    }

    @GET
    @Path("/verification")
    @RequiresScope(Scope.USERS_READ)
    public ChainVerification verify() {
        return events.verify();
    }
}
