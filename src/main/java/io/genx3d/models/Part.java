package io.genx3d.models;

import io.genx3d.export.PartShape;
import io.genx3d.export.Primitive;
import java.util.List;

/**
 * One part of a scene: a primitive with its bounding size (width, height, depth), position, rotation in
 * degrees about x, y and z, scale and colour ({@code #rrggbb}). Lists rather than arrays keep JSON mapping
 * and equality simple.
 */
public record Part(
        String name,
        String primitive,
        List<Double> size,
        List<Double> position,
        List<Double> rotation,
        List<Double> scale,
        String color)
        implements PartShape {

    public static final List<Double> UNIT = List.of(1.0, 1.0, 1.0);
    public static final List<Double> ORIGIN = List.of(0.0, 0.0, 0.0);
    public static final String DEFAULT_COLOR = "#cccccc";

    /** A part with default size, placement and colour. */
    public static Part of(String name, Primitive primitive) {
        return new Part(name, primitive.value(), primitive.defaultSize(), ORIGIN, ORIGIN, UNIT, DEFAULT_COLOR);
    }

    public Part withColor(String newColor) {
        return new Part(name, primitive, size, position, rotation, scale, newColor);
    }

    public Part withPosition(List<Double> newPosition) {
        return new Part(name, primitive, size, newPosition, rotation, scale, color);
    }

    public Part withScale(List<Double> newScale) {
        return new Part(name, primitive, size, position, rotation, newScale, color);
    }

    public Part withName(String newName) {
        return new Part(newName, primitive, size, position, rotation, scale, color);
    }
}
