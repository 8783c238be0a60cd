package io.genx3d.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the server means to give: it carries the envelope's code, message and details, and (through
 * {@link #headers()}) any header the answer needs, such as {@code WWW-Authenticate}. It is independent of
 * JAX-RS so that plain code (parsers, stores) can throw it; {@link ApiExceptionMapper} and
 * {@link ErrorResponses} turn it into a response.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    public static ApiException badField(String field, String problem) {
        return new ApiException(ErrorCode.BAD_REQUEST, field + " " + problem, Map.of("field", field));
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found", Map.of());
    }

    public static ApiException forbidden(String message, Map<String, Object> details) {
        return new ApiException(ErrorCode.FORBIDDEN, message, details);
    }

    public static ApiException conflict(String message, Map<String, Object> details) {
        return new ApiException(ErrorCode.CONFLICT, message, details);
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ErrorCode code() {
        return code;
    }

    public int status() {
        return code.status();
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ErrorBody body() {
        return ErrorBody.of(code, getMessage(), details);
    }
}
