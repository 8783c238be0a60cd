package io.genx3d.auth;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.caller.Caller;
import io.genx3d.errors.ErrorBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Reports every response JAX-RS gives (mapped refusals included) as a {@link RequestAnswered}. A JAX-RS filter and
 * not a servlet filter on purpose: it runs before the body is written, so whatever observes the event (usage counts)
 * has seen the request before the client can send its next one.
 */
@Provider
@ApplicationScoped
public class RequestOutcomeFilter implements ContainerResponseFilter {

    @Inject
    Caller caller;

    @Inject
    RequestOutcomes outcomes;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AuthenticatedCaller known = caller.isAuthenticated() ? caller.get() : null;
        outcomes.answered(
                request,
                response.getStatus(),
                known == null ? null : known.keyId(),
                known == null ? null : known.accountId(),
                response.getEntity() instanceof ErrorBody error ? error.error().code() : null);
    }
}
