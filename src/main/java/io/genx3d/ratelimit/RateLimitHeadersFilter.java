package io.genx3d.ratelimit;

import io.genx3d.caller.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;

/**
 * Puts the rate-limit headers on every response to an authenticated request: from the decision the
 * interceptor took, or — when the request never reached it (a 403, an unknown path) — from the bucket as it
 * stands, without spending from it.
 */
@Provider
@ApplicationScoped
public class RateLimitHeadersFilter implements ContainerResponseFilter {

    @Inject
    Caller caller;

    @Inject
    RateLimitState state;

    @Inject
    ApiRateLimits limits;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!caller.isAuthenticated()) {
            return;
        }
        Decision decision = state.decision() != null ? state.decision() : limits.peek(caller.get());
        RateLimitHeaders.of(decision, Instant.now())
                .forEach((name, value) -> response.getHeaders().putSingle(name, value));
    }
}
