package io.genx3d.keys;

import io.genx3d.caller.Actor;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Level;
import io.genx3d.caller.ScopeInterceptor;
import io.genx3d.organizations.Project;
import io.genx3d.ratelimit.RateLimitPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * Issues a project's keys (service accounts) from the same body as {@code POST /keys}. Whoever asks, a project key is
 * at most Standard: it never carries the platform's user-management scopes, and never more than the person making it
 * holds (their {@link CallerCeiling}, as for their own keys).
 */
@ApplicationScoped
public class ProjectKeys {

    @Inject
    ApiKeys keys;

    @Inject
    RateLimitPolicy rateLimits;

    public CreatedKeyView issue(AuthenticatedCaller who, Project project, JsonObject body) {
        NewKeyRequest request = NewKeyRequest.parse(body, Instant.now());
        ScopeInterceptor.requireAll(request.scopes(), Level.STANDARD.scopes());
        CallerCeiling ceiling = keys.ceilingOf(who);
        ceiling.requireScopes(request.scopes());
        ApiKeys.CreatedKey created = keys.createForProject(
                Actor.of(who),
                who.accountId(),
                project,
                request.name(),
                request.scopes(),
                ceiling.rateLimitFor(
                        request.rateLimit(), rateLimits.defaultLimit(), "rate_limit exceeds your own rate limit"),
                ceiling.capExpiry(request.expiresAt()),
                ceiling.allowlistFor(request.allowedIps()));
        return CreatedKeyView.of(created);
    }
}
