package io.genx3d.validation;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, named access to the fields of a JSON request body. Every problem becomes a {@code 400} whose message
 * and {@code details.field} name the field, so a client can fix its request without reading our code.
 * Unknown fields are refused: a misspelt {@code "permision"} must not silently create a broader key.
 */
public final class JsonFields {

    private final JsonObject json;
    private final String prefix;

    private JsonFields(JsonObject json, String prefix) {
        this.json = json;
        this.prefix = prefix;
    }

    public static JsonFields of(JsonObject json, Set<String> allowedFields) {
        if (json == null) {
            // No body and no Content-Type: JAX-RS hands over null instead of calling the body reader.
            throw new ApiException(ErrorCode.BAD_REQUEST, "Request body is required", Map.of());
        }
        return nested(json, "", allowedFields);
    }

    /** Fields of an object inside the body; {@code prefix} (e.g. {@code parts[2].}) keeps error names exact. */
    public static JsonFields nested(JsonObject json, String prefix, Set<String> allowedFields) {
        Set<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(allowedFields);
        if (!unknown.isEmpty()) {
            String field = prefix + unknown.iterator().next();
            throw ApiException.badField(
                    field,
                    "is not a recognised field (allowed: " + String.join(", ", new TreeSet<>(allowedFields)) + ")");
        }
        return new JsonFields(json, prefix);
    }

    /** True when the field is present with the value {@code null} (e.g. to reset a setting). */
    public boolean isExplicitNull(String field) {
        return json.containsKey(field) && json.get(field).getValueType() == JsonValue.ValueType.NULL;
    }

    public boolean has(String field) {
        return json.containsKey(field) && json.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    public String requiredString(String field, int maxLength) {
        return optionalString(field, maxLength).orElseThrow(() -> missing(field));
    }

    public Optional<String> optionalString(String field, int maxLength) {
        if (!has(field)) {
            return Optional.empty();
        }
        if (!(json.get(field) instanceof JsonString string)) {
            throw ApiException.badField(prefix + field, "must be a string");
        }
        String value = string.getString().strip();
        if (value.isEmpty()) {
            throw ApiException.badField(prefix + field, "must not be empty");
        }
        if (value.length() > maxLength) {
            throw ApiException.badField(prefix + field, "must be at most " + maxLength + " characters");
        }
        return Optional.of(value);
    }

    /** A name people see (a key's, a model's, a part's, an account's): a string without control characters. */
    public String requiredName(String field, int maxLength) {
        return optionalName(field, maxLength).orElseThrow(() -> missing(field));
    }

    public Optional<String> optionalName(String field, int maxLength) {
        Optional<String> name = optionalString(field, maxLength);
        if (name.isPresent() && name.get().chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badField(prefix + field, "must not contain control characters");
        }
        return name;
    }

    /**
     * An email address as typed (not yet normalised or checked for its shape): a string of at most 254 characters
     * that reads as it is written ({@link VisibleText}), wherever one is taken.
     */
    public String requiredEmail(String field) {
        return VisibleText.require(prefix + field, requiredString(field, 254));
    }

    public Optional<Long> optionalWholeNumber(String field, long min, long max) {
        if (!has(field)) {
            return Optional.empty();
        }
        String range = "must be a whole number from " + min + " to " + max;
        if (!(json.get(field) instanceof JsonNumber number) || !number.isIntegral()) {
            throw ApiException.badField(prefix + field, range);
        }
        var exact = number.bigDecimalValue();
        if (exact.compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || exact.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw ApiException.badField(prefix + field, range);
        }
        return Optional.of(exact.longValueExact());
    }

    public Optional<List<String>> optionalStringList(String field, int maxItems) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonArray array = array(field, maxItems);
        List<String> values = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string)) {
                throw ApiException.badField(prefix + field, "must be a list of strings");
            }
            values.add(string.getString());
        }
        return Optional.of(values);
    }

    /** A JSON object inside the body (read further with {@link #nested}); a value of another type is a 400. */
    public Optional<JsonObject> optionalObject(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        if (!(json.get(field) instanceof JsonObject object)) {
            throw ApiException.badField(prefix + field, "must be an object");
        }
        return Optional.of(object);
    }

    public Optional<JsonArray> optionalArray(String field, int maxItems) {
        return has(field) ? Optional.of(array(field, maxItems)) : Optional.empty();
    }

    /** An ISO-8601 timestamp with a zone ({@code Z} or an offset), normalised to UTC whole seconds. */
    public Optional<Instant> optionalInstant(String field) {
        Optional<String> text = optionalString(field, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            throw ApiException.badField(
                    prefix + field, "must be an ISO-8601 timestamp with a time zone, e.g. 2030-12-31T23:59:59Z");
        }
    }

    private JsonArray array(String field, int maxItems) {
        if (!(json.get(field) instanceof JsonArray array)) {
            throw ApiException.badField(prefix + field, "must be a list");
        }
        if (array.size() > maxItems) {
            throw ApiException.badField(prefix + field, "must have at most " + maxItems + " items");
        }
        return array;
    }

    private ApiException missing(String field) {
        return ApiException.badField(prefix + field, "is required");
    }
}
