package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes said by comparison rather than by value: "make the sphere the same colour as the cube", "make the cone the
 * same size as the box", "make the ball darker", "a bit lighter".
 */
final class LikenessCommand implements ChatCommand {

    private static final Pattern SAME_COLOUR =
            Pattern.compile("^(?:make|paint|colou?r|turn) (.+?) (?:the )?same colou?r as (.+)$");
    private static final Pattern SAME_SIZE =
            Pattern.compile("^(?:make|resize|scale) (.+?) (?:to )?(?:the )?(?:same )?size (?:as|of) (.+)$");
    /** "make the cube as tall as the ball": one measure of another part. */
    private static final Pattern AS_MEASURE =
            Pattern.compile("^make (.+?) (?:just )?as (tall|high|wide|long|deep|big|large) as (.+)$");

    private static final Pattern SHADE =
            Pattern.compile("^make (.+?) (a bit |a little |slightly |much |a lot )?(darker|lighter|brighter|paler)$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m;
        if ((m = SAME_COLOUR.matcher(text)).matches()) {
            return pair(m.group(1), m.group(2), scene)
                    .map(pair -> pair.edit.replace(
                            pair.edit.part().withColor(pair.model.color()),
                            "paint_part",
                            "Painted " + pair.edit.part().name() + " " + Colours.nameOf(pair.model.color()) + ", like "
                                    + pair.model.name() + "."));
        }
        if ((m = SAME_SIZE.matcher(text)).matches()) {
            return pair(m.group(1), m.group(2), scene).map(pair -> {
                Part p = pair.edit.part();
                Part model = pair.model;
                List<Double> size = List.of(Layout.extent(model, 0), Layout.extent(model, 1), Layout.extent(model, 2));
                return pair.edit.replace(
                        new Part(p.name(), p.primitive(), size, p.position(), p.rotation(), Part.UNIT, p.color()),
                        "resize_part",
                        "Resized " + p.name() + " to the size of " + model.name() + ".");
            });
        }
        if ((m = AS_MEASURE.matcher(text)).matches()) {
            String measure = m.group(2);
            return pair(m.group(1), m.group(3), scene).map(pair -> asMeasure(pair, measure));
        }
        if ((m = SHADE.matcher(text)).matches()) {
            boolean darker = m.group(3).equals("darker");
            double amount = amount(m.group(2));
            String changeWord = m.group(3);
            return Targets.find(m.group(1), scene).map(index -> {
                EditCommands.Edit edit = new EditCommands.Edit(scene, index);
                Part p = edit.part();
                String colour = darker ? Colours.darker(p.color(), amount) : Colours.lighter(p.color(), amount);
                return edit.replace(
                        p.withColor(colour),
                        "paint_part",
                        "Made " + p.name() + " " + changeWord + " (now " + Colours.nameOf(colour) + ").");
            });
        }
        return Optional.empty();
    }

    private static Interpretation asMeasure(Pair pair, String measure) {
        Part p = pair.edit.part();
        List<Double> size =
                new java.util.ArrayList<>(List.of(Layout.extent(p, 0), Layout.extent(p, 1), Layout.extent(p, 2)));
        List<Integer> axes = switch (measure) {
            case "tall", "high" -> List.of(1);
            case "wide" -> List.of(0);
            case "long", "deep" -> List.of(2);
            default -> List.of(0, 1, 2);
        };
        for (int axis : axes) {
            size.set(axis, Layout.extent(pair.model, axis));
        }
        return pair.edit.replace(
                new Part(p.name(), p.primitive(), List.copyOf(size), p.position(), p.rotation(), Part.UNIT, p.color()),
                "resize_part",
                "Made " + p.name() + " as " + measure + " as " + pair.model.name() + ".");
    }

    /** How far towards black or white: "a bit" a fifth of the way, plainly a third, "much" a half. */
    private static double amount(String said) {
        if (said == null) {
            return 1.0 / 3;
        }
        return said.strip().matches("much|a lot") ? 0.5 : 0.2;
    }

    /** The part to change, and the part it should be like. */
    private record Pair(EditCommands.Edit edit, Part model) {}

    /** The part to change and the part it should be like, both in the scene. */
    private static Optional<Pair> pair(String changing, String like, List<Part> scene) {
        return Targets.find(changing, scene)
                .flatMap(index -> Targets.find(like, scene)
                        .map(model -> new Pair(new EditCommands.Edit(scene, index), scene.get(model))));
    }
}
