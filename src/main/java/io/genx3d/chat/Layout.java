package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;

/** Where new parts go relative to others: sizes as placed (size × scale), tops, sides, rows and circles. */
final class Layout {

    static final double GAP = 0.5;

    private Layout() {}

    static double extent(Part part, int axis) {
        return part.size().get(axis) * part.scale().get(axis);
    }

    static List<Double> onTopOf(Part target, List<Double> size, double gap) {
        double y = target.position().get(1) + extent(target, 1) / 2 + gap + size.get(1) / 2;
        return List.of(target.position().get(0), y, target.position().get(2));
    }

    /** Directly under the target, touching it. */
    static List<Double> under(Part target, List<Double> size) {
        double y = target.position().get(1) - extent(target, 1) / 2 - size.get(1) / 2;
        return List.of(target.position().get(0), y, target.position().get(2));
    }

    /** Beside the target along {@code axis} (0 = x, 2 = z), on the {@code side} (-1 or 1), with the usual gap. */
    static List<Double> beside(Part target, List<Double> size, int axis, int side) {
        List<Double> position = new java.util.ArrayList<>(target.position());
        position.set(
                axis,
                round(target.position().get(axis) + side * (extent(target, axis) / 2 + GAP + size.get(axis) / 2)));
        return List.copyOf(position);
    }

    /** The highest part standing on {@code target} (same x and z, above it), or the target itself. */
    static Part topOfStack(Part target, List<Part> scene) {
        Part top = target;
        for (Part part : scene) {
            boolean sameColumn = Math.abs(
                                    part.position().get(0) - target.position().get(0))
                            < 1e-6
                    && Math.abs(part.position().get(2) - target.position().get(2)) < 1e-6;
            if (sameColumn && part.position().get(1) > top.position().get(1)) {
                top = part;
            }
        }
        return top;
    }

    static List<Double> nextTo(Part target, List<Double> size) {
        double x = target.position().get(0) + extent(target, 0) / 2 + GAP + size.get(0) / 2;
        return List.of(x, target.position().get(1), target.position().get(2));
    }

    /** Right of everything already in the scene, so a new part never lands inside an old one. */
    static List<Double> besideScene(List<Part> scene, List<Double> size) {
        if (scene.isEmpty()) {
            return Part.ORIGIN;
        }
        double maxX = scene.stream()
                .mapToDouble(p -> p.position().get(0) + extent(p, 0) / 2)
                .max()
                .orElse(0);
        return List.of(maxX + GAP + size.get(0) / 2, 0.0, 0.0);
    }

    /** The {@code i}-th of {@code count} positions of an arrangement: "circle", "stack", "grid:N" or a row. */
    static List<Double> arranged(String arrangement, List<Double> centre, List<Double> size, int i, int count) {
        if (arrangement.equals("circle")) {
            return inCircle(centre, size, i, count);
        }
        if (arrangement.equals("stack")) {
            return List.of(centre.get(0), round(centre.get(1) + i * size.get(1)), centre.get(2));
        }
        if (arrangement.startsWith("grid:")) {
            int columns = Math.max(1, Integer.parseInt(arrangement.substring(5)));
            int rows = (count + columns - 1) / columns;
            int column = i % columns;
            int row = i / columns;
            return List.of(
                    round(centre.get(0) + (column - (columns - 1) / 2.0) * (size.get(0) + GAP)),
                    centre.get(1),
                    round(centre.get(2) + (row - (rows - 1) / 2.0) * (size.get(2) + GAP)));
        }
        return inRow(centre, size, i, count);
    }

    /** The {@code i}-th of {@code count} positions in a row along x, centred on {@code centre}. */
    static List<Double> inRow(List<Double> centre, List<Double> size, int i, int count) {
        double step = size.get(0) + GAP;
        double x = centre.get(0) + (i - (count - 1) / 2.0) * step;
        return List.of(x, centre.get(1), centre.get(2));
    }

    /** The {@code i}-th of {@code count} positions on a circle in the ground plane around {@code centre}. */
    static List<Double> inCircle(List<Double> centre, List<Double> size, int i, int count) {
        double radius = circleRadius(size, count);
        double angle = 2 * Math.PI * i / count;
        return List.of(
                round(centre.get(0) + radius * Math.cos(angle)),
                centre.get(1),
                round(centre.get(2) + radius * Math.sin(angle)));
    }

    /** Wide enough for {@code count} things of {@code size} side by side round it, and never tight. */
    static double circleRadius(List<Double> size, int count) {
        return Math.max(1.5, count * (size.get(0) + GAP) / (2 * Math.PI));
    }

    static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
