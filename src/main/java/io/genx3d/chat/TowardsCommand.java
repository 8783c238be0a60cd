package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves said relative to another part: "move the cube away from the sphere", "move the ball closer to the cube",
 * "bring it towards the box". The step is the usual one (1, or 0.5 for "a bit"), along the line between the two
 * parts' centres; "closer" never passes the other part.
 */
final class TowardsCommand implements ChatCommand {

    private static final Pattern MOVE =
            Pattern.compile("^(?:move|push|pull|bring|shift) (.+?) (a bit |a little |a lot )?"
                    + "(away from|closer to|nearer to|nearer|closer|towards?) (.+)$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m = MOVE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double step = m.group(2) == null ? 1 : m.group(2).equals("a lot ") ? 3 : 0.5;
        boolean away = m.group(3).equals("away from");
        return Targets.find(m.group(1), scene)
                .flatMap(index -> Targets.find(m.group(4), scene)
                        .filter(other -> other != index)
                        .map(other -> moved(new EditCommands.Edit(scene, index), scene.get(other), away, step)));
    }

    private static Interpretation moved(EditCommands.Edit edit, Part other, boolean away, double step) {
        List<Double> from = edit.part().position();
        List<Double> to = other.position();
        double[] line = {from.get(0) - to.get(0), from.get(1) - to.get(1), from.get(2) - to.get(2)};
        double length = Math.sqrt(line[0] * line[0] + line[1] * line[1] + line[2] * line[2]);
        if (length < 1e-9) {
            // In the same place: away is to the right, as a new part beside it would go.
            line = new double[] {1, 0, 0};
            length = 1;
        }
        double distance = away ? step : -Math.min(step, length);
        List<Double> position = List.of(
                Layout.round(from.get(0) + line[0] / length * distance),
                Layout.round(from.get(1) + line[1] / length * distance),
                Layout.round(from.get(2) + line[2] / length * distance));
        return edit.replace(
                edit.part().withPosition(position),
                "move_part",
                "Moved " + edit.part().name() + (away ? " away from " : " closer to ") + other.name() + ".");
    }
}
