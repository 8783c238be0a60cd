package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts things against something already there: on it, under it, to its left or right, in front of or behind it,
 * next to it, between two things, around it (in a circle, each turned to face it) or inside it. Several things on or
 * next to one thing stand in a row there.
 */
final class Placer {

    private Placer() {}

    /** "on top of" and "above": both go on whatever already stands on the anchor; "above" leaves a gap. */
    static boolean isOnTop(String relation) {
        return relation.equals("on-top-of") || relation.equals("above");
    }

    /**
     * {@code loneAnchor}: the anchor is one part. A lone shape put beside a lone part stands at its height, centre to
     * centre, as the chat has always put shapes side by side; anything else stands on what the anchor stands on.
     */
    static List<List<Part>> place(
            List<List<Part>> things, String relation, Box anchor, Box secondAnchor, boolean loneAnchor) {
        if (relation.equals("around")) {
            return around(things, anchor);
        }
        List<List<Part>> placed = new ArrayList<>();
        double width =
                things.stream().mapToDouble(t -> Box.around(t).size(0)).max().orElse(1) + Geometry.GAP;
        for (int i = 0; i < things.size(); i++) {
            double offset = (i - (things.size() - 1) / 2.0) * width;
            List<Part> thing = things.get(i);
            double floor = loneAnchor && thing.size() == 1
                    ? anchor.centre(1) - Box.around(thing).size(1) / 2
                    : anchor.min()[1];
            placed.add(one(thing, relation, anchor, secondAnchor, offset, i, floor));
        }
        return placed;
    }

    /** {@code floor}: the height the bottom of a thing put beside the anchor stands at. */
    private static List<Part> one(
            List<Part> thing, String relation, Box a, Box second, double offset, int index, double floor) {
        Box t = Box.around(thing);
        double gap = Geometry.GAP;
        return switch (relation) {
            case "on-top-of" -> Geometry.standingAt(thing, a.centre(0) + offset, a.max()[1], a.centre(2));
            case "above" -> Geometry.standingAt(thing, a.centre(0) + offset, a.max()[1] + gap, a.centre(2));
            case "under" ->
                Geometry.standingAt(thing, a.centre(0) + offset, Math.max(0, a.min()[1] - t.size(1)), a.centre(2));
            case "left-of" ->
                Geometry.standingAt(
                        thing, a.min()[0] - gap - t.size(0) / 2 - index * (t.size(0) + gap), floor, a.centre(2));
            case "in-front-of" ->
                Geometry.standingAt(thing, a.centre(0) + offset, floor, a.max()[2] + gap + t.size(2) / 2);
            case "behind" -> Geometry.standingAt(thing, a.centre(0) + offset, floor, a.min()[2] - gap - t.size(2) / 2);
            case "between" ->
                second == null
                        ? Geometry.standingAt(thing, a.centre(0), a.min()[1], a.centre(2))
                        : Geometry.standingAt(
                                thing,
                                (a.centre(0) + second.centre(0)) / 2 + offset,
                                Math.min(a.min()[1], second.min()[1]),
                                (a.centre(2) + second.centre(2)) / 2);
            case "inside" -> Geometry.standingAt(thing, a.centre(0) + offset, a.min()[1], a.centre(2));
            default ->
                Geometry.standingAt(
                        thing, a.max()[0] + gap + t.size(0) / 2 + index * (t.size(0) + gap), floor, a.centre(2));
        };
    }

    /**
     * The anchor and whatever already stands on it, and on that, and so on: something put on top of a cube that has a
     * sphere on it goes on the sphere, not into it.
     */
    static Box withWhatStandsOn(Box anchor, List<Part> scene, java.util.Set<String> ignored) {
        Box top = anchor;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Part part : scene) {
                if (ignored.contains(part.name())) {
                    continue;
                }
                Box box = Box.around(List.of(part));
                boolean restsOnTop = Math.abs(box.min()[1] - top.max()[1]) < 0.01
                        && box.centre(0) >= top.min()[0] - 0.01
                        && box.centre(0) <= top.max()[0] + 0.01
                        && box.centre(2) >= top.min()[2] - 0.01
                        && box.centre(2) <= top.max()[2] + 0.01;
                if (restsOnTop) {
                    top = new Box(top.min(), new double[] {top.max()[0], box.max()[1], top.max()[2]});
                    grew = true;
                }
            }
        }
        return top;
    }

    /**
     * How far the anchor must rise so that what was put under it fits: a thing under something on the ground lifts
     * that thing onto it ("put a cylinder under the cube" stands the cube on the cylinder).
     */
    static double liftFor(List<List<Part>> under, Box anchor) {
        double top =
                under.stream().mapToDouble(t -> Box.around(t).max()[1]).max().orElse(anchor.min()[1]);
        return Math.max(0, top - anchor.min()[1]);
    }

    /** In a circle round the anchor, each turned so that its front faces the anchor (chairs round a table). */
    private static List<List<Part>> around(List<List<Part>> things, Box anchor) {
        List<List<Part>> placed = new ArrayList<>();
        int n = things.size();
        double size = things.stream()
                .mapToDouble(t -> Box.around(t).footprint())
                .max()
                .orElse(1);
        double radius = anchor.footprint() / 2 + size / 2 + Geometry.GAP;
        radius = Math.max(radius, (size + Geometry.GAP) * n / (2 * Math.PI));
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            List<Part> facing = Geometry.turned(things.get(i), Math.toDegrees(angle) + 180, 'y');
            placed.add(Geometry.standingAt(
                    facing,
                    anchor.centre(0) + radius * Math.sin(angle),
                    anchor.min()[1],
                    anchor.centre(2) + radius * Math.cos(angle)));
        }
        return placed;
    }
}
