package io.genx3d.errors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * The seed's error envelope, {@code {"error":{"code","message","details"}}}, and the only shape an error ever
 * leaves the server in. {@code details} is always an object, empty when there is nothing to add.
 */
public record ErrorBody(Error error) {

    @JsonbPropertyOrder({"code", "message", "details"})
    public record Error(String code, String message, Map<String, Object> details) {}

    public static ErrorBody of(ErrorCode code, String message, Map<String, Object> details) {
        return new ErrorBody(new Error(code.name(), message, details == null ? Map.of() : details));
    }

    public static ErrorBody of(ErrorCode code) {
        return of(code, code.defaultMessage(), Map.of());
    }
}
