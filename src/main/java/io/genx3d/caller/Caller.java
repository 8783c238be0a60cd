package io.genx3d.caller;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, filled by the authentication mechanism and read by the interceptors and
 * resources. A request that reaches a resource without one is refused, never served anonymously.
 */
@RequestScoped
public class Caller {

    private AuthenticatedCaller authenticated;

    public void set(AuthenticatedCaller caller) {
        this.authenticated = caller;
    }

    public boolean isAuthenticated() {
        return authenticated != null;
    }

    public AuthenticatedCaller get() {
        if (authenticated == null) {
            throw AuthenticationRejected.missingKey();
        }
        return authenticated;
    }

    public String accountId() {
        return get().accountId();
    }
}
