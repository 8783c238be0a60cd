package io.genx3d.keys;

import io.genx3d.caller.Actor;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.errors.ApiException;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.ratelimit.RateLimited;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's key management: list, create, show, change, roll and revoke the calling account's keys. Every change obeys
 * the caller's {@link CallerCeiling}, so a key can never be used to obtain, or turn another key into, a stronger one.
 */
@Path("/keys")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @Inject
    Caller caller;

    @Inject
    ApiKeys keys;

    @Inject
    RateLimitPolicy rateLimits;

    @Inject
    KeyRolls rolls;

    @Inject
    KeyChanges changer;

    @Inject
    KeyAnomalies usage;

    @Inject
    ProjectKeyRevocation projectKeyRevocation;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresScope(Scope.KEYS_READ)
    public Map<String, List<KeyView>> list() {
        return Map.of("data", KeyListing.of(keys.ownedBy(caller.accountId()), usage, rateLimits));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.KEYS_WRITE)
    public Response create(JsonObject body) {
        AuthenticatedCaller who = caller.get();
        NewKeyRequest request = NewKeyRequest.parse(body, Instant.now());
        CallerCeiling ceiling = keys.ceilingOf(who);
        ceiling.requireScopes(request.scopes());
        ApiKeys.CreatedKey created = keys.create(
                Actor.of(who),
                who.accountId(),
                request.name(),
                request.scopes(),
                ceiling.rateLimitFor(
                        request.rateLimit(),
                        rateLimits.defaultLimit(),
                        "rate_limit exceeds the creating key's own rate limit"),
                ceiling.capExpiry(request.expiresAt()),
                ceiling.allowlistFor(request.allowedIps()));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(created.apiKey().id())
                        .build())
                .entity(CreatedKeyView.of(created))
                .build();
    }

    /**
     * Rolls a key: answers like creation (the new key, shown once) plus {@code replaces}. The successor obeys the
     * caller's ceiling exactly as a key the caller created would: every scope, the limit and the allowlist of the
     * old key must be the caller's to hand on, and the successor expires no later than the calling key.
     */
    @POST
    @Path("/{keyId}/roll")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.KEYS_WRITE)
    public Response roll(@PathParam("keyId") String keyId, JsonObject body) {
        AuthenticatedCaller who = caller.get();
        RollRequest request = RollRequest.parse(body, Instant.now());
        ApiKey old = rolls.find(who.accountId(), keyId).orElseThrow(() -> ApiException.notFound("API key"));
        CallerCeiling ceiling = keys.ceilingOf(who);
        ceiling.requireScopes(old.scopes());
        ceiling.requireRateLimitAtMost(
                rateLimits.effective(old.rateLimit(), old.account().maxRateLimit()),
                "The key's rate_limit exceeds the calling key's own rate limit");
        ceiling.requireWithinAllowlist(old.allowedIps());
        ApiKeys.CreatedKey created =
                rolls.roll(Actor.of(who), who.accountId(), keyId, request.gracePeriod(), request.expiresAt(), ceiling);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("keys")
                        .path(created.apiKey().id())
                        .build())
                .entity(CreatedKeyView.of(created))
                .build();
    }

    /**
     * Changes a key's name, address allowlist, rate limit or expiry. Through a key, only a key whose every scope the
     * caller holds, and never beyond the caller's own ceiling: an allowlist no wider, a limit no higher (checked as
     * creation checks it) and an expiry no later than its own (refused, where creation would move it). Whoever changes
     * it, a key made by a key never outlives its maker ({@link KeyChanges}).
     */
    @PATCH
    @Path("/{keyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.KEYS_WRITE)
    public KeyView change(@PathParam("keyId") String keyId, JsonObject body) {
        AuthenticatedCaller who = caller.get();
        KeyChangesRequest changes = KeyChangesRequest.parse(body, Instant.now());
        CallerCeiling ceiling = keys.ceilingOf(who);
        ceiling.requireHoldsEveryScopeOf(owned(keyId));
        if (changes.allowedIps() != null) {
            ceiling.requireWithinAllowlist(changes.allowedIps());
        }
        if (changes.rateLimit() != null) {
            changes = changes.withRateLimit(ceiling.rateLimitFor(
                    changes.rateLimit().value(),
                    rateLimits.defaultLimit(),
                    "rate_limit exceeds the calling key's own rate limit"));
        }
        if (changes.expiresAt() != null) {
            ceiling.requireExpiryWithin(changes.expiresAt().value());
        }
        ApiKey key = changer.apply(Actor.of(who), who.accountId(), keyId, changes)
                .orElseThrow(() -> ApiException.notFound("API key"));
        return KeyListing.of(List.of(key), usage, rateLimits).get(0);
    }

    private ApiKey owned(String keyId) {
        return keys.findOwned(caller.accountId(), keyId).orElseThrow(() -> ApiException.notFound("API key"));
    }

    @GET
    @Path("/{keyId}")
    @RequiresScope(Scope.KEYS_READ)
    public KeyView show(@PathParam("keyId") String keyId) {
        return KeyListing.of(List.of(owned(keyId)), usage, rateLimits).get(0);
    }

    @DELETE
    @Path("/{keyId}")
    @RequiresScope(Scope.KEYS_WRITE)
    public Response revoke(@PathParam("keyId") String keyId) {
        AuthenticatedCaller who = caller.get();
        Optional<ApiKey> own = keys.findOwned(who.accountId(), keyId);
        if (own.isEmpty()) {
            projectKeyRevocation.revoke(who, keyId);
            return Response.noContent().build();
        }
        keys.ceilingOf(who).requireHoldsEveryScopeOf(own.get());
        if (!keys.revoke(Actor.of(who), who.accountId(), keyId, RevocationReason.OWNER)) {
            throw ApiException.notFound("API key");
        }
        return Response.noContent().build();
    }
}
