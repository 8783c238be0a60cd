package io.genx3d.models;

import io.genx3d.errors.ApiException;
import io.genx3d.export.Primitive;
import io.genx3d.validation.JsonFields;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code parts} of a model body, naming the exact offending field ({@code parts[3].size}) on error.
 * Sizes must be positive, every number finite and within {@link #MAX_COORDINATE}, so no part can make an
 * export produce NaN or an absurd mesh.
 */
final class PartsParser {

    static final int MAX_PARTS = 10_000;
    static final double MAX_COORDINATE = 1_000_000;
    private static final Set<String> FIELDS =
            Set.of("name", "primitive", "size", "position", "rotation", "scale", "color");

    private PartsParser() {}

    static List<Part> parse(JsonArray array) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "parts[" + i + "]";
            if (!(array.get(i) instanceof JsonObject object)) {
                throw ApiException.badField(path, "must be an object");
            }
            parts.add(part(object, path + ".", i));
        }
        return parts;
    }

    private static Part part(JsonObject json, String prefix, int index) {
        JsonFields fields = JsonFields.nested(json, prefix, FIELDS);
        String primitiveName = fields.requiredString("primitive", 32);
        Primitive primitive = Primitive.fromValue(primitiveName)
                .orElseThrow(() -> ApiException.badField(
                        prefix + "primitive",
                        "must be one of cube, box, sphere, cylinder, cone, torus, plane, pyramid, capsule"));
        String name = fields.optionalName("name", 100).orElse(primitive.value() + " " + (index + 1));
        String color = fields.optionalString("color", 32)
                .map(value -> Colours.hex(value)
                        .orElseThrow(() -> ApiException.badField(
                                prefix + "color", "must be a colour like #ff8800 or a CSS colour name like teal")))
                .orElse(Part.DEFAULT_COLOR);
        return new Part(
                name,
                primitive.value(),
                vector(json, prefix, "size", primitive.defaultSize(), true),
                vector(json, prefix, "position", Part.ORIGIN, false),
                vector(json, prefix, "rotation", Part.ORIGIN, false),
                vector(json, prefix, "scale", Part.UNIT, true),
                color.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Double> vector(
            JsonObject json, String prefix, String field, List<Double> fallback, boolean positive) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        String rule = positive
                ? "must be a list of three positive numbers up to " + (long) MAX_COORDINATE
                : "must be a list of three numbers between -" + (long) MAX_COORDINATE + " and " + (long) MAX_COORDINATE;
        if (!(value instanceof JsonArray array) || array.size() != 3) {
            throw ApiException.badField(prefix + field, rule);
        }
        List<Double> numbers = new ArrayList<>(3);
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber number)) {
                throw ApiException.badField(prefix + field, rule);
            }
            double component = number.doubleValue();
            boolean inRange = Double.isFinite(component) && Math.abs(component) <= MAX_COORDINATE;
            if (!inRange || (positive && component <= 0)) {
                throw ApiException.badField(prefix + field, rule);
            }
            numbers.add(component);
        }
        return List.copyOf(numbers);
    }
}
