package io.genx3d.ratelimit;

import jakarta.enterprise.context.RequestScoped;

/** The decision taken for the current request, so the response can carry its headers. */
@RequestScoped
public class RateLimitState {

    private Decision decision;

    public Decision decision() {
        return decision;
    }

    public void set(Decision decision) {
        this.decision = decision;
    }
}
