package io.genx3d.caller;

import io.genx3d.errors.ErrorCode;
import java.time.Instant;
import java.util.Map;

/**
 * The seed's authentication failures, each with its {@link RefusalReason}. Every 401 carries
 * {@code WWW-Authenticate: Bearer realm="genx3d"} (RFC 6750), which tells a client how to authenticate.
 */
public final class AuthenticationRejected {

    public static final String CHALLENGE = "Bearer realm=\"genx3d\"";
    private static final String INVALID_KEY = "Invalid API key";

    private AuthenticationRejected() {}

    public static AuthenticationRefusal missingKey() {
        return unauthorized("Missing API key", RefusalReason.MISSING_KEY);
    }

    public static AuthenticationRefusal malformedKey() {
        return unauthorized(INVALID_KEY, RefusalReason.MALFORMED_KEY);
    }

    public static AuthenticationRefusal keyNotFound() {
        return unauthorized(INVALID_KEY, RefusalReason.KEY_NOT_FOUND);
    }

    public static AuthenticationRefusal keyRevoked() {
        return unauthorized(INVALID_KEY, RefusalReason.KEY_REVOKED);
    }

    /** The guide's body names when the key expired instead of a reason. */
    public static AuthenticationRefusal keyExpired(Instant expiredAt) {
        return challenge(new AuthenticationRefusal(
                ErrorCode.UNAUTHORIZED,
                "API key has expired",
                Map.of("expired_at", expiredAt.toString()),
                RefusalReason.KEY_EXPIRED,
                null));
    }

    public static AuthenticationRefusal accountSuspended() {
        return unauthorized("Account suspended", RefusalReason.ACCOUNT_SUSPENDED);
    }

    public static AuthenticationRefusal sessionInvalid() {
        return unauthorized("Session expired or invalid", RefusalReason.SESSION_INVALID);
    }

    /** A plain-HTTP API request while genx3d.require-https is on; whatever key it carried is not even read. */
    public static AuthenticationRefusal httpsRequired() {
        return refusal(
                ErrorCode.HTTPS_REQUIRED,
                "HTTPS is required: send API requests to the https:// address",
                RefusalReason.HTTPS_REQUIRED);
    }

    /** A good key presented from an address outside its {@code allowed_ips}. */
    public static AuthenticationRefusal addressNotAllowed() {
        return refusal(
                ErrorCode.FORBIDDEN,
                "This API key may not be used from this address",
                RefusalReason.ADDRESS_NOT_ALLOWED);
    }

    public static AuthenticationRefusal csrfTokenInvalid() {
        return refusal(ErrorCode.FORBIDDEN, "Missing or invalid CSRF token", RefusalReason.CSRF_TOKEN_INVALID);
    }

    private static AuthenticationRefusal unauthorized(String message, RefusalReason reason) {
        return challenge(refusal(ErrorCode.UNAUTHORIZED, message, reason));
    }

    private static AuthenticationRefusal refusal(ErrorCode code, String message, RefusalReason reason) {
        return new AuthenticationRefusal(code, message, Map.of("reason", reason.value()), reason, null);
    }

    private static AuthenticationRefusal challenge(AuthenticationRefusal refusal) {
        refusal.withHeader("WWW-Authenticate", CHALLENGE);
        return refusal;
    }
}
