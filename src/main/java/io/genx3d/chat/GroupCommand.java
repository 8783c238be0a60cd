package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named object changed as one: "move the house left 2", "make the tree bigger", "paint the car blue", "remove the
 * table". Every part of the newest group of that name moves, grows about the group's base, is painted or goes.
 */
final class GroupCommand implements ChatCommand {

    private static final String THE = "(?:the |my |that |this )?";
    private static final Pattern MOVE = Pattern.compile(
            "^move " + THE + "(" + Blueprints.KIND
                    + ") (up|down|left|right|forward|forwards|back|backward|backwards) (?:by )?(\\d+(?:\\.\\d+)?)(?: units?)?$");
    private static final Pattern RESIZE = Pattern.compile("^make " + THE + "(" + Blueprints.KIND
            + ") (a bit |a little |slightly |much |a lot )?(bigger|larger|smaller)$");
    private static final Pattern SCALE =
            Pattern.compile("^scale " + THE + "(" + Blueprints.KIND + ") by (\\d+(?:\\.\\d+)?)$");
    /** "make the tree twice as big", "make the house half as big", "3 times as large". */
    private static final Pattern AS_BIG = Pattern.compile(
            "^make " + THE + "(" + Blueprints.KIND + ") (twice|half|\\d+(?:\\.\\d+)? times) as (?:big|large)$");

    private static final Pattern PAINT =
            Pattern.compile("^(?:paint|colou?r|make|turn) " + THE + "(" + Blueprints.KIND + ") (#?[a-z0-9]+)$");
    private static final Pattern REMOVE = Pattern.compile("^remove " + THE + "(" + Blueprints.KIND + ")$");
    private static final Pattern DUPLICATE =
            Pattern.compile("^(?:duplicate|copy|clone) " + THE + "(" + Blueprints.KIND + ")$");
    private static final Pattern ROTATE = Pattern.compile("^(?:rotate|turn|spin) " + THE + "(" + Blueprints.KIND
            + ") (?:by )?(-?\\d+(?:\\.\\d+)?)(?: ?(?:degrees|degree|deg))?$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m;
        if ((m = MOVE.matcher(text)).matches()) {
            double distance = Double.parseDouble(m.group(3));
            String direction = m.group(2);
            double[] by = switch (direction) {
                case "up" -> new double[] {0, distance, 0};
                case "down" -> new double[] {0, -distance, 0};
                case "left" -> new double[] {-distance, 0, 0};
                case "right" -> new double[] {distance, 0, 0};
                case "forward", "forwards" -> new double[] {0, 0, distance};
                default -> new double[] {0, 0, -distance};
            };
            return change(m.group(1), scene, "Moved", direction + " by " + Words.format(distance), p -> moved(p, by));
        }
        if ((m = RESIZE.matcher(text)).matches()
                || (m = SCALE.matcher(text)).matches()
                || (m = AS_BIG.matcher(text)).matches()) {
            double factor = m.pattern() == SCALE
                    ? Double.parseDouble(m.group(2))
                    : m.pattern() == AS_BIG ? asBig(m.group(2)) : factor(m.group(2), m.group(3));
            if (factor <= 0 || factor > 100) {
                return Optional.empty();
            }
            return group(m.group(1), scene).map(group -> {
                double[] base = base(group, scene);
                return apply(scene, group, "Resized", "", p -> scaled(p, base, factor));
            });
        }
        if ((m = PAINT.matcher(text)).matches()) {
            Optional<String> hex = Colours.hex(m.group(2));
            if (hex.isEmpty()) {
                return Optional.empty();
            }
            String colour = hex.get();
            return change(
                    m.group(1),
                    scene,
                    "Painted",
                    m.group(2),
                    p -> new Part(p.name(), p.primitive(), p.size(), p.position(), p.rotation(), p.scale(), colour));
        }
        if ((m = DUPLICATE.matcher(text)).matches()) {
            return group(m.group(1), scene).map(group -> duplicate(group, scene));
        }
        if ((m = ROTATE.matcher(text)).matches()) {
            double degrees = Double.parseDouble(m.group(2));
            return group(m.group(1), scene).map(group -> {
                double[] base = base(group, scene);
                return apply(
                        scene,
                        group,
                        "Turned",
                        "by " + Words.format(degrees) + " degrees",
                        p -> turned(p, base, degrees));
            });
        }
        if ((m = REMOVE.matcher(text)).matches()) {
            return group(m.group(1), scene).map(group -> {
                List<Part> next = new ArrayList<>(scene);
                next.removeIf(p -> Groups.isIn(p, group));
                return new Interpretation(
                        true, "Removed the " + group + ".", next, List.of(new ChatAction("remove_group", group)), null);
            });
        }
        return Optional.empty();
    }

    private static double asBig(String times) {
        return switch (times) {
            case "twice" -> 2;
            case "half" -> 0.5;
            default -> Double.parseDouble(times.replace(" times", ""));
        };
    }

    private static double factor(String amount, String change) {
        double f = amount == null ? 1.5 : amount.strip().matches("much|a lot") ? 2 : 1.2;
        return change.equals("smaller") ? 1 / f : f;
    }

    /** The newest group of the named object ("house" → "house 2"), if the scene has one. */
    static Optional<String> group(String word, List<Part> scene) {
        return Blueprints.named(word).flatMap(name -> Groups.newest(name, scene));
    }

    private static Optional<Interpretation> change(
            String word, List<Part> scene, String verb, String how, java.util.function.UnaryOperator<Part> each) {
        return group(word, scene).map(group -> apply(scene, group, verb, how, each));
    }

    private static Interpretation apply(
            List<Part> scene, String group, String verb, String how, java.util.function.UnaryOperator<Part> each) {
        List<Part> next = new ArrayList<>();
        for (Part part : scene) {
            next.add(Groups.isIn(part, group) ? each.apply(part) : part);
        }
        return new Interpretation(
                true,
                verb + " the " + group + (how.isEmpty() ? "" : " " + how) + ".",
                next,
                List.of(new ChatAction("change_group", group)),
                null);
    }

    /** A copy of the group beside everything else, as the next group of that name. */
    static Interpretation duplicate(String group, List<Part> scene) {
        String blueprint = group.substring(0, group.lastIndexOf(' '));
        String copy = Groups.nextName(blueprint, scene);
        List<Part> members = scene.stream().filter(p -> Groups.isIn(p, group)).toList();
        double[] base = base(group, scene);
        double minX = members.stream()
                .mapToDouble(p -> p.position().get(0) - Layout.extent(p, 0) / 2)
                .min()
                .orElse(0);
        double maxX = members.stream()
                .mapToDouble(p -> p.position().get(0) + Layout.extent(p, 0) / 2)
                .max()
                .orElse(0);
        List<Double> anchor = Layout.besideScene(scene, List.of(maxX - minX, 0.0, 0.0));
        double[] by = {anchor.get(0) - base[0], 0, -base[2]};
        List<Part> next = new ArrayList<>(scene);
        for (Part p : members) {
            Part placed = moved(p, by);
            next.add(new Part(
                    copy + p.name().substring(group.length()),
                    p.primitive(),
                    p.size(),
                    placed.position(),
                    p.rotation(),
                    p.scale(),
                    p.color()));
        }
        return new Interpretation(
                true,
                "Copied the " + group + " as " + copy + ".",
                next,
                List.of(new ChatAction("add_group", copy)),
                null);
    }

    /** Turned about the vertical axis through the group's base: positions swing round it, each part turns too. */
    private static Part turned(Part p, double[] base, double degrees) {
        double radians = Math.toRadians(degrees);
        double dx = p.position().get(0) - base[0];
        double dz = p.position().get(2) - base[2];
        List<Double> at = List.of(
                Layout.round(base[0] + dx * Math.cos(radians) + dz * Math.sin(radians)),
                p.position().get(1),
                Layout.round(base[2] - dx * Math.sin(radians) + dz * Math.cos(radians)));
        double y = ((p.rotation().get(1) + degrees) % 360 + 360) % 360;
        List<Double> rotation =
                List.of(p.rotation().get(0), Layout.round(y), p.rotation().get(2));
        return new Part(p.name(), p.primitive(), p.size(), at, rotation, p.scale(), p.color());
    }

    private static Part moved(Part p, double[] by) {
        List<Double> at = List.of(
                Layout.round(p.position().get(0) + by[0]),
                Layout.round(p.position().get(1) + by[1]),
                Layout.round(p.position().get(2) + by[2]));
        return new Part(p.name(), p.primitive(), p.size(), at, p.rotation(), p.scale(), p.color());
    }

    /** The group's base: the middle of its parts in x and z, its lowest point in y. */
    private static double[] base(String group, List<Part> scene) {
        double x = 0;
        double z = 0;
        double y = Double.MAX_VALUE;
        int n = 0;
        for (Part p : scene) {
            if (Groups.isIn(p, group)) {
                x += p.position().get(0);
                z += p.position().get(2);
                y = Math.min(y, p.position().get(1) - Layout.extent(p, 1) / 2);
                n++;
            }
        }
        return new double[] {x / n, y, z / n};
    }

    private static Part scaled(Part p, double[] base, double factor) {
        List<Double> at = new ArrayList<>();
        List<Double> scale = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            at.add(Layout.round(base[axis] + (p.position().get(axis) - base[axis]) * factor));
            scale.add(Layout.round(p.scale().get(axis) * factor));
        }
        return new Part(p.name(), p.primitive(), p.size(), at, p.rotation(), scale, p.color());
    }
}
