package io.genx3d.auth;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;

import java.time.Instant;
import java.util.Map;

/**
 * The seed's authentication failures, each with its {@code details.reason}. Every 401 carries
 * {@code WWW-Authenticate: Bearer realm="genx3d"} (RFC 6750), which tells a client how to authenticate.
 */
public final class AuthenticationRejected {

    public static final String CHALLENGE = "Bearer realm=\"genx3d\"";
    private static final String INVALID_KEY = "Invalid API key";

    private AuthenticationRejected() {
    }

    public static ApiException missingKey() {
        return unauthorized("Missing API key", Map.of("reason", "missing_key"));
    }

    public static ApiException malformedKey() {
        return unauthorized(INVALID_KEY, Map.of("reason", "malformed_key"));
    }

    public static ApiException keyNotFound() {
        return unauthorized(INVALID_KEY, Map.of("reason", "key_not_found"));
    }

    public static ApiException keyRevoked() {
        return unauthorized(INVALID_KEY, Map.of("reason", "key_revoked"));
    }

    public static ApiException keyExpired(Instant expiredAt) {
        return unauthorized("API key has expired", Map.of("expired_at", expiredAt.toString()));
    }

    public static ApiException accountSuspended() {
        return unauthorized("Account suspended", Map.of("reason", "account_suspended"));
    }

    public static ApiException sessionInvalid() {
        return unauthorized("Session expired or invalid", Map.of("reason", "session_invalid"));
    }

    /** A plain-HTTP API request while genx3d.require-https is on; whatever key it carried is not even read. */
    public static ApiException httpsRequired() {
        return new ApiException(ErrorCode.HTTPS_REQUIRED, "HTTPS is required: send API requests to the https:// address",
                Map.of("reason", "https_required"));
    }

    public static ApiException csrfTokenInvalid() {
        return new ApiException(ErrorCode.FORBIDDEN, "Missing or invalid CSRF token",
                Map.of("reason", "csrf_token_invalid"));
    }

    private static ApiException unauthorized(String message, Map<String, Object> details) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message, details)
                .withHeader("WWW-Authenticate", CHALLENGE);
    }
}
