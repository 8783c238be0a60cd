package io.genx3d.keys;

import io.genx3d.auth.AuthenticatedCaller;
import io.genx3d.auth.Caller;
import io.genx3d.auth.Level;
import io.genx3d.auth.RequiresScope;
import io.genx3d.auth.Scope;
import io.genx3d.auth.ScopeInterceptor;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The seed's key management: list, create, show and revoke the calling account's keys. A caller can only mint
 * keys whose scopes it holds itself, so a key can never be used to obtain a stronger one.
 */
@Path("keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @Inject
    Caller caller;

    @Inject
    ApiKeys keys;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public Map<String, List<KeyView>> list() {
        Instant now = Instant.now();
        return Map.of("data", keys.ownedBy(caller.accountId()).stream().map(key -> KeyView.of(key, now)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.KEYS_WRITE)
    public Response create(JsonObject body) {
        AuthenticatedCaller who = caller.get();
        NewKeyRequest request = NewKeyRequest.parse(body, Instant.now());
        if (request.level() == Level.ADMIN && !who.isAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "The admin level is only available to admin accounts",
                    Map.of("reason", "admin_role_required"));
        }
        ScopeInterceptor.requireAll(request.scopes(), who.scopes());
        ApiKeys.CreatedKey created = keys.create(who.accountId(), request.name(), request.scopes(),
                request.rateLimit(), request.expiresAt());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.apiKey().id()).build())
                .entity(CreatedKeyView.of(created))
                .build();
    }

    @GET
    @Path("{keyId}")
    @RequiresScope(Scope.KEYS_READ)
    public KeyView show(@PathParam("keyId") String keyId) {
        return keys.findOwned(caller.accountId(), keyId)
                .map(key -> KeyView.of(key, Instant.now()))
                .orElseThrow(() -> ApiException.notFound("API key"));
    }

    @DELETE
    @Path("{keyId}")
    @RequiresScope(Scope.KEYS_WRITE)
    public Response revoke(@PathParam("keyId") String keyId) {
        if (!keys.revoke(caller.accountId(), keyId)) {
            throw ApiException.notFound("API key");
        }
        return Response.noContent().build();
    }
}
