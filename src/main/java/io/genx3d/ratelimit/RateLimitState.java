package io.genx3d.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The decision taken for the current request, so the response can carry its headers. It travels with the request
 * as an attribute: a request-scoped bean would be created, with the container's injection pass, for every call.
 */
@ApplicationScoped
public class RateLimitState {

    private static final String DECISION = RateLimitState.class.getName() + ".decision";

    /** The current request (the platform's built-in bean). */
    @Inject
    HttpServletRequest request;

    public Decision decision() {
        return (Decision) request.getAttribute(DECISION);
    }

    public void set(Decision decision) {
        request.setAttribute(DECISION, decision);
    }
}
