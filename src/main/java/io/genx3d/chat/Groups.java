package io.genx3d.chat;

import io.genx3d.chat.objects.Piece;
import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Groups of parts added together from a blueprint, known by their parts' names: "table 2 top" is in "table 2". */
final class Groups {

    private static final Pattern MEMBER = Pattern.compile("^(" + Blueprints.KIND + " \\d+) .+$");

    private Groups() {}

    /** The next free group name for a blueprint: "table 1", then "table 2". */
    static String nextName(String blueprint, List<Part> scene) {
        int highest = 0;
        Pattern numbered = Pattern.compile("^" + Pattern.quote(blueprint) + " (\\d{1,9}) ");
        for (Part part : scene) {
            Matcher m = numbered.matcher(part.name());
            if (m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return blueprint + " " + (highest + 1);
    }

    /** The newest group of that blueprint in the scene ("the table"), or the group a part belongs to. */
    static Optional<String> newest(String blueprint, List<Part> scene) {
        for (int i = scene.size() - 1; i >= 0; i--) {
            Optional<String> group = of(scene.get(i));
            if (group.isPresent() && group.get().startsWith(blueprint + " ")) {
                return group;
            }
        }
        return Optional.empty();
    }

    static Optional<String> of(Part part) {
        Matcher m = MEMBER.matcher(part.name());
        return m.matches() && Blueprints.named(m.group(1).split(" ")[0]).isPresent()
                ? Optional.of(m.group(1))
                : Optional.empty();
    }

    static boolean isIn(Part part, String group) {
        return part.name().startsWith(group + " ");
    }

    static double width(List<Piece> pieces) {
        return extent(pieces, 0);
    }

    static double height(List<Piece> pieces) {
        return extent(pieces, 1);
    }

    private static double extent(List<Piece> pieces, int axis) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Piece piece : pieces) {
            min = Math.min(min, piece.at().get(axis) - piece.size().get(axis) / 2);
            max = Math.max(max, piece.at().get(axis) + piece.size().get(axis) / 2);
        }
        return max - min;
    }
}
