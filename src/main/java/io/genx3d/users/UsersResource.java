package io.genx3d.users;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.audit.AuditEventPage;
import io.genx3d.audit.AuditListing;
import io.genx3d.audit.AuditQuery;
import io.genx3d.caller.Actor;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.KeyListing;
import io.genx3d.keys.KeyView;
import io.genx3d.keys.RevocationReason;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.storage.PageSize;
import io.genx3d.usage.Usage;
import io.genx3d.validation.VisibleText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * User management for admins (the seed's "full access including user management"): find accounts, change
 * role, status and plan ceiling, and revoke any account's compromised key at once. Every operation needs a
 * {@code users:*} scope, which only admin accounts can hold.
 */
@Path("/users")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    ApiKeys keys;

    @Inject
    AuditListing auditListing;

    @Inject
    Usage usage;

    @Inject
    RateLimitPolicy rateLimits;

    @GET
    @RequiresScope(Scope.USERS_READ)
    public UserPage list(
            @QueryParam("email") String email, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (email != null && email.length() > 254) {
            throw ApiException.badField("email", "must be at most 254 characters");
        }
        if (email != null) {
            VisibleText.require("email", email);
        }
        Accounts.Page<Account> page = accounts.page(email, cursor, PageSize.parse(limit));
        return new UserPage(page.items().stream().map(UserView::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{userId}")
    @RequiresScope(Scope.USERS_READ)
    public UserView show(@PathParam("userId") String userId) {
        return UserView.of(existing(userId));
    }

    @PATCH
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.USERS_WRITE)
    public UserView change(@PathParam("userId") String userId, JsonObject body) {
        return UserView.of(accounts.administer(Actor.of(caller.get()), userId, UserChangesRequest.parse(body)));
    }

    @GET
    @Path("/{userId}/audit-events")
    @RequiresScope(Scope.USERS_READ)
    public AuditEventPage auditEvents(@PathParam("userId") String userId, @BeanParam AuditQuery query) {
        return auditListing.page(existing(userId).id(), query);
    }

    @GET
    @Path("/{userId}/keys")
    @RequiresScope(Scope.USERS_WRITE)
    public Map<String, List<KeyView>> keys(@PathParam("userId") String userId) {
        return Map.of("data", KeyListing.of(keys.ownedBy(existing(userId).id()), usage, rateLimits));
    }

    @DELETE
    @Path("/{userId}/keys/{keyId}")
    @RequiresScope(Scope.USERS_WRITE)
    public Response revokeKey(@PathParam("userId") String userId, @PathParam("keyId") String keyId) {
        if (!keys.revoke(Actor.of(caller.get()), existing(userId).id(), keyId, RevocationReason.ADMIN)) {
            throw ApiException.notFound("API key");
        }
        return Response.noContent().build();
    }

    private Account existing(String userId) {
        return accounts.find(userId).orElseThrow(() -> ApiException.notFound("User"));
    }
}
