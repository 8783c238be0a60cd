package io.genx3d.errors;

/**
 * Every {@code error.code} the server can answer with, its HTTP status and the message used when nothing more
 * specific is known. The seed's codes (UNAUTHORIZED, FORBIDDEN, RATE_LIMITED) keep the seed's wording.
 */
public enum ErrorCode {
    BAD_REQUEST(400, "Invalid request"),
    UNAUTHORIZED(401, "Invalid API key"),
    FORBIDDEN(403, "Insufficient permissions"),
    HTTPS_REQUIRED(403, "HTTPS is required"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    EXPORT_TOO_LARGE(422, "The export is larger than one export may be"),
    RATE_LIMITED(429, "Rate limit exceeded"),
    INTERNAL_ERROR(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String defaultMessage;

    ErrorCode(int status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** The code for an HTTP status the server did not choose itself (container and JAX-RS errors). */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : values()) {
            if (code.status == status) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
