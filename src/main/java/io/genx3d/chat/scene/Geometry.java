package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Moving, scaling, turning and swapping parts: the arithmetic every command shares, each over the parts it is given. */
final class Geometry {

    static final double GAP = 0.5;

    private Geometry() {}

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** A number as a person writes it: 90, not 90.0; 1.5 as 1.5. */
    static String format(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    static List<Double> vector(double x, double y, double z) {
        return List.of(round(x), round(y), round(z));
    }

    static List<Part> translated(List<Part> parts, double dx, double dy, double dz) {
        List<Part> moved = new ArrayList<>(parts.size());
        for (Part part : parts) {
            List<Double> p = part.position();
            moved.add(part.withPosition(vector(p.get(0) + dx, p.get(1) + dy, p.get(2) + dz)));
        }
        return moved;
    }

    /** Moves the parts so that their box's bottom centre is at (x, y, z). */
    static List<Part> standingAt(List<Part> parts, double x, double y, double z) {
        Box box = Box.around(parts);
        return translated(parts, x - box.centre(0), y - box.min()[1], z - box.centre(2));
    }

    /**
     * Scales the parts: a lone part by its {@code scale}, about its centre (as the chat has always scaled a part, so
     * its size stays what it was made with); the pieces of an object by their scales and places, about the bottom
     * centre of their box, so an object grows from where it stands.
     */
    static List<Part> scaled(List<Part> parts, double[] factor) {
        if (parts.size() == 1) {
            Part part = parts.get(0);
            List<Double> k = part.scale();
            return List.of(part.withScale(vector(k.get(0) * factor[0], k.get(1) * factor[1], k.get(2) * factor[2])));
        }
        Box box = Box.around(parts);
        double[] base = {box.centre(0), box.min()[1], box.centre(2)};
        List<Part> result = new ArrayList<>(parts.size());
        for (Part part : parts) {
            List<Double> p = part.position();
            List<Double> k = part.scale();
            result.add(new Part(
                    part.name(),
                    part.primitive(),
                    part.size(),
                    vector(
                            base[0] + (p.get(0) - base[0]) * factor[0],
                            base[1] + (p.get(1) - base[1]) * factor[1],
                            base[2] + (p.get(2) - base[2]) * factor[2]),
                    part.rotation(),
                    vector(k.get(0) * factor[0], k.get(1) * factor[1], k.get(2) * factor[2]),
                    part.color()));
        }
        return result;
    }

    /** Turns the parts about their box's centre: each part's own rotation, and where it stands around the centre. */
    static List<Part> turned(List<Part> parts, double degrees, char axis) {
        Box box = Box.around(parts);
        int a = axis - 'x';
        int u = (a + 1) % 3;
        int v = (a + 2) % 3;
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        List<Part> result = new ArrayList<>(parts.size());
        for (Part part : parts) {
            double[] p = {
                part.position().get(0), part.position().get(1), part.position().get(2)
            };
            double du = p[u] - box.centre(u);
            double dv = p[v] - box.centre(v);
            p[u] = box.centre(u) + du * cos - dv * sin;
            p[v] = box.centre(v) + du * sin + dv * cos;
            double[] r = {
                part.rotation().get(0), part.rotation().get(1), part.rotation().get(2)
            };
            r[a] = ((r[a] + degrees) % 360 + 360) % 360;
            result.add(new Part(
                    part.name(),
                    part.primitive(),
                    part.size(),
                    vector(p[0], p[1], p[2]),
                    vector(r[0], r[1], r[2]),
                    part.scale(),
                    part.color()));
        }
        if (a != 1) {
            // Turned over, a thing must still stand on what it stood on.
            Box after = Box.around(result);
            return translated(result, 0, box.min()[1] - after.min()[1], 0);
        }
        return result;
    }

    static List<Part> painted(List<Part> parts, String hex) {
        return parts.stream().map(part -> part.withColor(hex)).toList();
    }

    /** The scene with each part of {@code changed} put where the part of the same name was. */
    static List<Part> replace(List<Part> scene, List<Part> changed) {
        Map<String, Part> byName = new HashMap<>();
        changed.forEach(part -> byName.put(part.name(), part));
        List<Part> result = new ArrayList<>(scene.size());
        for (Part part : scene) {
            result.add(byName.getOrDefault(part.name(), part));
        }
        return result;
    }

    static List<Part> without(List<Part> scene, List<Part> removed) {
        java.util.Set<String> names = new java.util.HashSet<>();
        removed.forEach(part -> names.add(part.name()));
        return scene.stream().filter(part -> !names.contains(part.name())).toList();
    }

    /** Where a thing of this width can stand to the right of everything there, on the ground. */
    static double[] besideEverything(List<Part> scene, double width) {
        if (scene.isEmpty()) {
            return new double[] {0, 0, 0};
        }
        Box all = Box.around(scene);
        return new double[] {all.max()[0] + GAP + width / 2, 0, all.centre(2)};
    }
}
