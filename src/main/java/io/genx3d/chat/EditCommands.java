package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that change one existing part: move, rotate, scale/resize, paint, rename, remove and duplicate. Each
 * names its part the way {@link Targets} understands ("the cube", "it", "cube 2", "the red sphere").
 */
final class EditCommands implements ChatCommand {

    private static final String N = "(-?\\d+(?:\\.\\d+)?)";
    private static final String TARGET = "(.+?)";

    private record Rule(Pattern pattern, BiFunction<Matcher, Edit, Optional<Interpretation>> apply) {}

    /** The part a sentence is about, and the scene it is in. */
    record Edit(List<Part> scene, int index) {
        Part part() {
            return scene.get(index);
        }

        Interpretation replace(Part changed, String action, String reply) {
            List<Part> next = new ArrayList<>(scene);
            next.set(index, changed);
            return new Interpretation(true, reply, next, List.of(new ChatAction(action, changed.name())), null);
        }
    }

    private static final List<Rule> RULES = List.of(
            rule(
                    "^move " + TARGET + " (up|down|left|right|forward|forwards|back|backward|backwards) (?:by )?" + N
                            + "(?: units?)?$",
                    EditCommands::moveBy),
            rule("^move " + TARGET + " to \\(?" + N + " " + N + " " + N + "\\)?$", EditCommands::moveTo),
            rule(
                    "^(?:move|put|place|set|stand|sit|stack) " + TARGET + " ((?:on|onto|on top of|above|next to|beside"
                            + "|to the right of|right of|on the right of|under|below|beneath|underneath|to the left of"
                            + "|left of|on the left of|behind|in back of|in front of) .+)$",
                    EditCommands::moveBeside),
            rule(
                    "^(?:rotate|turn|spin) " + TARGET + " (?:by )?" + N + " ?(?:degrees|degree|deg)?"
                            + "(?: (?:around|about|on) (?:the )?(x|y|z)(?: axis)?)?$",
                    EditCommands::rotate),
            rule("^(?:scale|resize|grow) " + TARGET + " by (?:a factor of )?" + N + "$", EditCommands::scaleBy),
            rule(
                    "^(?:resize|scale) " + TARGET + " to " + N + " ?(?:by|x) ?" + N + " ?(?:by|x) ?" + N + "$",
                    EditCommands::resizeTo),
            rule("^make " + TARGET + " (bigger|larger|smaller)$", EditCommands::biggerOrSmaller),
            rule("^(?:paint|colou?r|make|turn) " + TARGET + " (#?[a-z0-9]+)$", EditCommands::paint),
            rule("^rename " + TARGET + " (?:to|as) (.+)$", EditCommands::rename),
            rule("^(?:remove|delete) " + TARGET + "$", EditCommands::remove),
            rule("^(?:duplicate|copy|clone) " + TARGET + "$", EditCommands::duplicate));

    private static Rule rule(String regex, BiFunction<Matcher, Edit, Optional<Interpretation>> apply) {
        return new Rule(Pattern.compile(regex), apply);
    }

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            if (m.matches()) {
                Optional<Integer> target = Targets.find(m.group(1), scene);
                if (target.isPresent()) {
                    Optional<Interpretation> done = rule.apply.apply(m, new Edit(scene, target.get()));
                    if (done.isPresent()) {
                        return done;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Interpretation> moveBy(Matcher m, Edit edit) {
        double distance = Double.parseDouble(m.group(3));
        return Optional.of(edit.replace(
                edit.part().withPosition(shifted(edit.part().position(), m.group(2), distance)),
                "move_part",
                "Moved " + edit.part().name() + " " + m.group(2) + " by " + Words.format(distance) + "."));
    }

    /** "put the sphere on the cube", "move it next to the box": placed as a new part would be, itself aside. */
    private static Optional<Interpretation> moveBeside(Matcher m, Edit edit) {
        Part moving = edit.part();
        List<Part> others = new ArrayList<>(edit.scene());
        others.remove(edit.index());
        String place = m.group(2).replaceFirst("^onto ", "on ");
        List<Double> size = List.of(Layout.extent(moving, 0), Layout.extent(moving, 1), Layout.extent(moving, 2));
        return AddCommand.placed(place, size, others)
                .map(position -> edit.replace(
                        moving.withPosition(position), "move_part", "Moved " + moving.name() + " " + place + "."));
    }

    /** {@code position} moved {@code distance} towards up, down, left, right, forward or back. */
    static List<Double> shifted(List<Double> position, String direction, double distance) {
        int axis = switch (direction) {
            case "up", "down" -> 1;
            case "left", "right" -> 0;
            default -> 2;
        };
        double sign = switch (direction) {
            case "down", "left", "back", "backward", "backwards" -> -1;
            default -> 1;
        };
        List<Double> moved = new ArrayList<>(position);
        moved.set(axis, Layout.round(moved.get(axis) + sign * distance));
        return List.copyOf(moved);
    }

    private static Optional<Interpretation> moveTo(Matcher m, Edit edit) {
        List<Double> position =
                List.of(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
        return Optional.of(edit.replace(
                edit.part().withPosition(position),
                "move_part",
                "Moved " + edit.part().name() + " to " + describe(position) + "."));
    }

    private static Optional<Interpretation> rotate(Matcher m, Edit edit) {
        double degrees = Double.parseDouble(m.group(2));
        int axis = m.group(3) == null ? 1 : "xyz".indexOf(m.group(3));
        List<Double> rotation = new ArrayList<>(edit.part().rotation());
        rotation.set(axis, Layout.round(((rotation.get(axis) + degrees) % 360 + 360) % 360));
        Part p = edit.part();
        Part rotated =
                new Part(p.name(), p.primitive(), p.size(), p.position(), List.copyOf(rotation), p.scale(), p.color());
        return Optional.of(edit.replace(
                rotated,
                "rotate_part",
                "Rotated " + p.name() + " by " + Words.format(degrees) + " degrees about " + "xyz".charAt(axis) + "."));
    }

    private static Optional<Interpretation> scaleBy(Matcher m, Edit edit) {
        double factor = Double.parseDouble(m.group(2));
        if (factor <= 0 || factor > 1000) {
            return Optional.empty();
        }
        return Optional.of(scaled(edit, factor, "Scaled " + edit.part().name() + " by " + Words.format(factor) + "."));
    }

    private static Optional<Interpretation> biggerOrSmaller(Matcher m, Edit edit) {
        double factor = m.group(2).equals("smaller") ? 1 / 1.5 : 1.5;
        return Optional.of(scaled(edit, factor, "Made " + edit.part().name() + " " + m.group(2) + "."));
    }

    private static Interpretation scaled(Edit edit, double factor, String reply) {
        Part p = edit.part();
        List<Double> scale =
                p.scale().stream().map(v -> Layout.round(v * factor)).toList();
        return edit.replace(
                new Part(p.name(), p.primitive(), p.size(), p.position(), p.rotation(), scale, p.color()),
                "scale_part",
                reply);
    }

    private static Optional<Interpretation> resizeTo(Matcher m, Edit edit) {
        List<Double> size =
                List.of(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
        if (size.stream().anyMatch(v -> v <= 0)) {
            return Optional.empty();
        }
        Part p = edit.part();
        return Optional.of(edit.replace(
                new Part(p.name(), p.primitive(), size, p.position(), p.rotation(), Part.UNIT, p.color()),
                "resize_part",
                "Resized " + p.name() + " to " + describe(size) + "."));
    }

    private static Optional<Interpretation> paint(Matcher m, Edit edit) {
        return Colours.hex(m.group(2))
                .map(colour -> edit.replace(
                        edit.part().withColor(colour),
                        "paint_part",
                        "Painted " + edit.part().name() + " " + m.group(2) + "."));
    }

    private static Optional<Interpretation> rename(Matcher m, Edit edit) {
        String name = m.group(2).strip();
        if (name.isEmpty() || name.length() > 100) {
            return Optional.empty();
        }
        Part p = edit.part();
        return Optional.of(edit.replace(
                new Part(name, p.primitive(), p.size(), p.position(), p.rotation(), p.scale(), p.color()),
                "rename_part",
                "Renamed " + p.name() + " to " + name + "."));
    }

    private static Optional<Interpretation> remove(Matcher m, Edit edit) {
        List<Part> next = new ArrayList<>(edit.scene());
        Part removed = next.remove(edit.index());
        return Optional.of(new Interpretation(
                true,
                "Removed " + removed.name() + ".",
                next,
                List.of(new ChatAction("remove_part", removed.name())),
                null));
    }

    private static Optional<Interpretation> duplicate(Matcher m, Edit edit) {
        return Optional.of(duplicated(edit.scene(), edit.index()));
    }

    /** The scene with a copy of its part at {@code index} beside it (the copy is the scene's new last part). */
    static Interpretation duplicated(List<Part> scene, int index) {
        Part p = scene.get(index);
        String name = p.primitive() + " " + (scene.size() + 1);
        List<Double> placed = List.of(Layout.extent(p, 0), Layout.extent(p, 1), Layout.extent(p, 2));
        Part copy =
                new Part(name, p.primitive(), p.size(), Layout.nextTo(p, placed), p.rotation(), p.scale(), p.color());
        List<Part> next = new ArrayList<>(scene);
        next.add(copy);
        return new Interpretation(
                true,
                "Duplicated " + p.name() + " as " + name + ".",
                next,
                List.of(new ChatAction("add_part", name)),
                null);
    }

    static String describe(List<Double> vector) {
        return Words.format(vector.get(0)) + ", " + Words.format(vector.get(1)) + ", " + Words.format(vector.get(2));
    }
}
