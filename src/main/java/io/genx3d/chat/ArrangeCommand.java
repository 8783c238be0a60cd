package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arranges what is already there: "put everything in a row", "line them up", "arrange the spheres in a circle",
 * "stack them". A named object (a house, a table) moves as one; the rest, part by part. Everything stands on the
 * ground of the first thing arranged, which keeps its place.
 */
final class ArrangeCommand implements ChatCommand {

    private static final Pattern ARRANGE = Pattern.compile("^(?:put|arrange|place|set|lay out|line up|move) (.+?) "
            + "(?:in|into|on) (?:a |an )?(row|line|stack|column|pile|tower|circle|ring)$");

    /** A named object's parts, or one part: what moves as one. */
    private record Unit(List<Integer> members, double[] min, double[] max) {
        double size(int axis) {
            return max[axis] - min[axis];
        }

        double centre(int axis) {
            return (min[axis] + max[axis]) / 2;
        }
    }

    private final long maxChecks;

    /** {@code maxChecks}: the most overlap checks one arrangement makes ({@link ChatLimits#maxArrangementChecks}). */
    ArrangeCommand(long maxChecks) {
        this.maxChecks = maxChecks;
    }

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m = ARRANGE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String which = m.group(1).replaceFirst("^the ([a-z]+s)$", "all the $1");
        Optional<Predicate<Part>> chosen = QuantifiedCommand.several(which);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        List<Unit> units = units(scene, chosen.get());
        if (units.size() < 2) {
            return Optional.empty();
        }
        String arrangement = switch (m.group(2)) {
            case "stack", "column", "pile", "tower" -> "stack";
            case "circle", "ring" -> "circle";
            default -> "row";
        };
        List<Part> next = new ArrayList<>(scene);
        List<double[]> targets = clearOfTheRest(targets(units, arrangement), units, scene, chosen.get());
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            double[] by = {
                targets.get(u)[0] - unit.centre(0), targets.get(u)[1] - unit.min[1], targets.get(u)[2] - unit.centre(2)
            };
            for (int index : unit.members) {
                Part p = next.get(index);
                next.set(
                        index,
                        p.withPosition(List.of(
                                Layout.round(p.position().get(0) + by[0]),
                                Layout.round(p.position().get(1) + by[1]),
                                Layout.round(p.position().get(2) + by[2]))));
            }
        }
        return Optional.of(new Interpretation(
                true,
                "Arranged " + units.size() + " things in a " + arrangement + ".",
                next,
                List.of(new ChatAction("move_parts", null)),
                null));
    }

    /** Where each unit goes: its centre across (x, z) and its bottom (y). */
    private static List<double[]> targets(List<Unit> units, String arrangement) {
        Unit first = units.get(0);
        double ground = first.min[1];
        List<double[]> targets = new ArrayList<>();
        if (arrangement.equals("stack")) {
            double bottom = ground;
            for (Unit unit : units) {
                targets.add(new double[] {first.centre(0), bottom, first.centre(2)});
                bottom += unit.size(1);
            }
        } else if (arrangement.equals("circle")) {
            double widest = units.stream()
                    .mapToDouble(u -> Math.max(u.size(0), u.size(2)))
                    .max()
                    .orElse(1);
            List<Double> size = List.of(widest, 0.0, widest);
            // The first stands at angle 0, where it already is.
            List<Double> centre =
                    List.of(first.centre(0) - Layout.circleRadius(size, units.size()), ground, first.centre(2));
            for (int i = 0; i < units.size(); i++) {
                List<Double> at = Layout.inCircle(centre, size, i, units.size());
                targets.add(new double[] {at.get(0), ground, at.get(2)});
            }
        } else {
            double left = first.min[0];
            for (Unit unit : units) {
                targets.add(new double[] {left + unit.size(0) / 2, ground, first.centre(2)});
                left += unit.size(0) + Layout.GAP;
            }
        }
        return targets;
    }

    /**
     * The targets as they are, or, when one would stand in something not being arranged, all of them moved along x
     * to stand beside the rest of the model. Each thing moved is checked against each part left in place that reaches
     * into the space the arrangement takes; when that would be more than {@link #maxChecks} checks (finding 17: 5,000
     * cubes put in a row among 5,000 spheres made 25,000,000), the arrangement stands beside the rest without them,
     * which is clear of everything.
     */
    private List<double[]> clearOfTheRest(
            List<double[]> targets, List<Unit> units, List<Part> scene, Predicate<Part> chosen) {
        List<Part> rest = scene.stream().filter(chosen.negate()).toList();
        if (rest.isEmpty()) {
            return targets;
        }
        double[][] boxes = new double[units.size()][];
        double[] around = {
            Double.MAX_VALUE,
            Double.MAX_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            -Double.MAX_VALUE,
            -Double.MAX_VALUE
        };
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            double[] at = targets.get(u);
            boxes[u] = new double[] {
                at[0] - unit.size(0) / 2,
                at[1],
                at[2] - unit.size(2) / 2,
                at[0] + unit.size(0) / 2,
                at[1] + unit.size(1),
                at[2] + unit.size(2) / 2
            };
            for (int axis = 0; axis < 3; axis++) {
                around[axis] = Math.min(around[axis], boxes[u][axis]);
                around[axis + 3] = Math.max(around[axis + 3], boxes[u][axis + 3]);
            }
        }
        // A part that misses the space all the targets take misses each of them.
        List<double[]> near = rest.stream()
                .map(ArrangeCommand::box)
                .filter(box -> intersects(box, around))
                .toList();
        boolean overlaps = (long) units.size() * near.size() > maxChecks || anyIntersects(boxes, near);
        if (!overlaps) {
            return targets;
        }
        double restRight = rest.stream()
                .mapToDouble(p -> p.position().get(0) + Layout.extent(p, 0) / 2)
                .max()
                .orElse(0);
        double shift = restRight + Layout.GAP - around[0];
        return targets.stream()
                .map(at -> new double[] {at[0] + shift, at[1], at[2]})
                .toList();
    }

    private static boolean anyIntersects(double[][] boxes, List<double[]> others) {
        for (double[] box : boxes) {
            for (double[] other : others) {
                if (intersects(other, box)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A part's box as {min x, min y, min z, max x, max y, max z}. */
    private static double[] box(Part p) {
        double[] box = new double[6];
        for (int axis = 0; axis < 3; axis++) {
            double half = Layout.extent(p, axis) / 2;
            box[axis] = p.position().get(axis) - half;
            box[axis + 3] = p.position().get(axis) + half;
        }
        return box;
    }

    /** Whether a part's box reaches into another box, more than merely touching it. */
    private static boolean intersects(double[] part, double[] box) {
        for (int axis = 0; axis < 3; axis++) {
            if (part[axis + 3] <= box[axis] + 1e-9 || part[axis] >= box[axis + 3] - 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static List<Unit> units(List<Part> scene, Predicate<Part> chosen) {
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < scene.size(); i++) {
            Part p = scene.get(i);
            if (chosen.test(p)) {
                byUnit.computeIfAbsent(Groups.of(p).orElse(p.name() + "#" + i), key -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Unit> units = new ArrayList<>();
        for (List<Integer> members : byUnit.values()) {
            double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int index : members) {
                Part p = scene.get(index);
                for (int axis = 0; axis < 3; axis++) {
                    min[axis] = Math.min(min[axis], p.position().get(axis) - Layout.extent(p, axis) / 2);
                    max[axis] = Math.max(max[axis], p.position().get(axis) + Layout.extent(p, axis) / 2);
                }
            }
            units.add(new Unit(members, min, max));
        }
        return units;
    }
}
