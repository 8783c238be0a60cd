package io.genx3d.caller;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;

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

    /** The caller, who must be a dashboard session (the account's own pages), not an API key. */
    public AuthenticatedCaller requireSession() {
        AuthenticatedCaller who = get();
        if (!who.viaSession()) {
            throw new ApiException(
                    ErrorCode.FORBIDDEN,
                    "This endpoint needs a dashboard session, not an API key",
                    Map.of("reason", "session_required"));
        }
        return who;
    }
}
