package io.genx3d.chat.scene;

import io.genx3d.chat.language.Command;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands several things in a layout around a base point on the ground: a row (along x), a column (along z), a stack,
 * a circle, a grid of columns by rows, a pyramid (rows one fewer each level up) or spread out. Spacing follows the
 * widest of them, so nothing overlaps.
 */
final class Arranger {

    private Arranger() {}

    static List<List<Part>> arrange(List<List<Part>> things, Command.Layout layout, double[] base) {
        int n = things.size();
        double width = things.stream()
                        .mapToDouble(t -> Box.around(t).footprint())
                        .max()
                        .orElse(1)
                + Geometry.GAP;
        List<List<Part>> placed = new ArrayList<>(n);
        switch (layout.kind()) {
            case "stack" -> {
                double y = base[1];
                for (List<Part> thing : things) {
                    List<Part> moved = Geometry.standingAt(thing, base[0], y, base[2]);
                    placed.add(moved);
                    y = Box.around(moved).max()[1];
                }
            }
            case "column" -> {
                for (int i = 0; i < n; i++) {
                    placed.add(Geometry.standingAt(
                            things.get(i), base[0], base[1], base[2] + (i - (n - 1) / 2.0) * width));
                }
            }
            case "circle" -> {
                // Wide enough for them side by side round it and never tight; the first on the +x side, as the chat
                // has always laid a circle.
                double radius = Math.max(1.5, width * n / (2 * Math.PI));
                for (int i = 0; i < n; i++) {
                    double angle = 2 * Math.PI * i / n;
                    placed.add(Geometry.standingAt(
                            things.get(i),
                            Geometry.round(base[0] + radius * Math.cos(angle)),
                            base[1],
                            Geometry.round(base[2] + radius * Math.sin(angle))));
                }
            }
            case "grid", "scatter" -> {
                int columns = layout.columns() > 0 ? layout.columns() : (int) Math.ceil(Math.sqrt(n));
                int rows = (int) Math.ceil(n / (double) columns);
                double spacing = layout.kind().equals("scatter") ? width * 2 : width;
                for (int i = 0; i < n; i++) {
                    int column = i % columns;
                    int row = i / columns;
                    placed.add(Geometry.standingAt(
                            things.get(i),
                            base[0] + (column - (columns - 1) / 2.0) * spacing,
                            base[1],
                            base[2] + (row - (rows - 1) / 2.0) * spacing));
                }
            }
            case "pyramid" -> placed.addAll(pyramid(things, base, width));
            default -> {
                for (int i = 0; i < n; i++) {
                    placed.add(Geometry.standingAt(
                            things.get(i), base[0] + (i - (n - 1) / 2.0) * width, base[1], base[2]));
                }
            }
        }
        return placed;
    }

    /** The bottom row holds as many as needed so that each row up holds one fewer: 6 is 3, 2, 1. */
    private static List<List<Part>> pyramid(List<List<Part>> things, double[] base, double width) {
        int n = things.size();
        int bottom = 1;
        while (bottom * (bottom + 1) / 2 < n) {
            bottom++;
        }
        List<List<Part>> placed = new ArrayList<>(n);
        int index = 0;
        double y = base[1];
        for (int level = 0; level < bottom && index < n; level++) {
            int inRow = bottom - level;
            double height = 0;
            for (int i = 0; i < inRow && index < n; i++) {
                List<Part> moved =
                        Geometry.standingAt(things.get(index++), base[0] + (i - (inRow - 1) / 2.0) * width, y, base[2]);
                height = Math.max(height, Box.around(moved).size(1));
                placed.add(moved);
            }
            y += height;
        }
        return placed;
    }
}
