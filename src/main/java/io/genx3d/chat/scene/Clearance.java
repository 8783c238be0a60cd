package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.List;

/**
 * Keeps an arrangement clear of the parts it leaves where they are. When the two boxes around them do not meet,
 * nothing is checked; when they do, each moved part is checked against each part left, up to a bound (finding 17: a
 * message must not buy unbounded CPU). On an overlap, or past the bound, the whole arrangement stands to the right of
 * the rest instead, which is clear of everything without a check.
 */
final class Clearance {

    private Clearance() {}

    static List<List<Part>> clearOf(List<List<Part>> placed, List<Part> rest, long maxChecks) {
        if (rest.isEmpty()) {
            return placed;
        }
        List<Part> moved = placed.stream().flatMap(List::stream).toList();
        Box arrangement = Box.around(moved);
        Box left = Box.around(rest);
        if (!meet(arrangement, left)
                || (fitsTheBound(moved.size(), rest.size(), maxChecks) && !anyOverlap(moved, rest))) {
            return placed;
        }
        double shift = left.max()[0] + Geometry.GAP - arrangement.min()[0];
        return placed.stream()
                .map(thing -> Geometry.translated(thing, shift, 0, 0))
                .toList();
    }

    private static boolean fitsTheBound(long moved, long rest, long maxChecks) {
        return moved * rest <= maxChecks;
    }

    private static boolean anyOverlap(List<Part> moved, List<Part> rest) {
        for (Part part : moved) {
            Box box = Box.around(List.of(part));
            for (Part other : rest) {
                if (meet(box, Box.around(List.of(other)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two boxes share some volume (touching faces do not count: a thing may stand on another). */
    private static boolean meet(Box a, Box b) {
        for (int axis = 0; axis < 3; axis++) {
            if (a.max()[axis] <= b.min()[axis] + 1e-9 || b.max()[axis] <= a.min()[axis] + 1e-9) {
                return false;
            }
        }
        return true;
    }
}
