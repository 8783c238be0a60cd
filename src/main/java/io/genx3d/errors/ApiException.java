package io.genx3d.errors;

import jakarta.ws.rs.WebApplicationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the server means to give: it carries the envelope's code, message and details, and (through
 * {@link #headers()}) any header the answer needs, such as {@code WWW-Authenticate}. It extends
 * {@link WebApplicationException} so that JAX-RS hands it to {@link ApiExceptionMapper} unwrapped wherever it
 * is thrown, including from message body readers and CDI interceptors.
 */
public class ApiException extends WebApplicationException {

    private final ErrorCode code;
    private final Map<String, Object> details;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, code.status());
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    public static ApiException badField(String field, String problem) {
        return new ApiException(ErrorCode.BAD_REQUEST, field + " " + problem, Map.of("field", field));
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found", Map.of());
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
