package io.genx3d.chat;

import io.genx3d.chat.objects.Piece;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a named object from {@link Blueprints} as a group of parts ("add a table", "build 2 red cars"): each part is
 * named after the group ("table 1 top"), so the group can then be moved, resized, painted and removed as one
 * ({@link GroupCommand}). A colour paints the object's main part; a size adjective ("a little house", "a huge
 * tree") scales the whole object by the factor it gives a part.
 */
final class BlueprintCommand implements ChatCommand {

    private static final Pattern ADD =
            Pattern.compile("^(?:add|create|make|build|draw|place|put|insert)(?: me)? (?:(a|an|\\d+|some) )?"
                    // Up to two modifiers ("little red"), never a word of the place after the object ("on it").
                    + "((?:(?!(?:on|onto|above|next|beside|behind|in|to|left|right|under|below)\\b)[#a-z0-9]+ ){0,2})("
                    + Blueprints.KIND
                    + ")"
                    + "(?: height (\\d+(?:\\.\\d+)?))?"
                    + "(?: (on|on top of|onto|above|next to|beside|right of|to the right of|left of|to the left of"
                    + "|behind|in front of) (.+))?$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m = ADD.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> blueprint = Blueprints.named(m.group(3));
        Optional<String> colour = Optional.empty();
        double factor = 1;
        for (String modifier :
                m.group(2).isBlank() ? new String[0] : m.group(2).strip().split(" ")) {
            Optional<Double> size = sizeFactor(modifier);
            if (size.isPresent() && factor == 1) {
                factor = size.get();
            } else if (Colours.hex(modifier).isPresent() && colour.isEmpty()) {
                colour = Colours.hex(modifier);
            } else {
                return Optional.empty();
            }
        }
        if (blueprint.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(4) != null && factor == 1) {
            // "a 4 metre tall tower": the whole object scaled to that height.
            factor = Double.parseDouble(m.group(4)) / Groups.height(Blueprints.pieces(blueprint.get()));
            if (factor <= 0 || factor > 100) {
                return Optional.empty();
            }
        }
        int count = m.group(1) == null || !m.group(1).matches("\\d+") ? 1 : Integer.parseInt(m.group(1));
        if (count < 1 || count > 10) {
            return Optional.empty();
        }
        List<Part> next = new ArrayList<>(scene);
        List<ChatAction> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String group = Groups.nextName(blueprint.get(), next);
            List<Piece> pieces = Blueprints.pieces(blueprint.get());
            double width = Groups.width(pieces) * factor;
            List<Double> anchor = m.group(5) == null
                    ? Layout.besideScene(next, List.of(width, 0.0, 0.0))
                    : near(m.group(5), m.group(6), width, next).orElse(null);
            if (anchor == null) {
                return Optional.empty();
            }
            boolean first = true;
            for (Piece piece : pieces) {
                String hex = first && colour.isPresent() ? colour.get() : piece.colour();
                first = false;
                next.add(new Part(
                        group + " " + piece.label(),
                        piece.shape().value(),
                        piece.size(),
                        List.of(
                                Layout.round(anchor.get(0) + piece.at().get(0) * factor),
                                Layout.round(anchor.get(1) + piece.at().get(1) * factor),
                                Layout.round(anchor.get(2) + piece.at().get(2) * factor)),
                        piece.rotation(),
                        factor == 1 ? Part.UNIT : List.of(factor, factor, factor),
                        hex));
            }
            actions.add(new ChatAction("add_group", group));
        }
        String described = (count == 1 ? "a " : count + " ")
                + (factor == 1 ? "" : factor < 1 ? "small " : "big ")
                + (count == 1 ? blueprint.get() : Blueprints.plural(blueprint.get()));
        return Optional.of(new Interpretation(
                true,
                "Added " + described + " (" + Blueprints.pieces(blueprint.get()).size() * count + " parts).",
                next,
                actions,
                Words.capitalised(described.replaceFirst("^a ", ""))));
    }

    /** "a little house", "a huge tree": the object scaled as a whole, by the factor the adjective gives a part. */
    private static Optional<Double> sizeFactor(String adjective) {
        String effect = Sizes.ADJECTIVES.get(adjective);
        return effect != null && effect.startsWith("size ")
                ? Optional.of(Double.parseDouble(effect.substring("size ".length())))
                : Optional.empty();
    }

    /**
     * Where an object {@code width} wide stands when it is put "on the table", "next to the house" or "behind the
     * cube": the target is a named object (all its parts) or a part, and the new object stands on the ground the
     * target stands on, or on its top.
     */
    private static Optional<List<Double>> near(String where, String targetPhrase, double width, List<Part> scene) {
        String target = targetPhrase.replaceFirst("^(?:the|my|that|this) ", "");
        List<Part> parts = Blueprints.named(target).isPresent()
                ? Groups.newest(target, scene)
                        .map(group -> scene.stream()
                                .filter(p -> Groups.isIn(p, group))
                                .toList())
                        .orElse(List.of())
                : Targets.find(targetPhrase, scene)
                        .map(i -> List.of(scene.get(i)))
                        .orElse(List.of());
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Part p : parts) {
            for (int axis = 0; axis < 3; axis++) {
                min[axis] = Math.min(min[axis], p.position().get(axis) - Layout.extent(p, axis) / 2);
                max[axis] = Math.max(max[axis], p.position().get(axis) + Layout.extent(p, axis) / 2);
            }
        }
        double x = (min[0] + max[0]) / 2;
        double z = (min[2] + max[2]) / 2;
        double gap = Layout.GAP + width / 2;
        return Optional.of(
                switch (where) {
                    case "on", "on top of", "onto", "above" -> List.of(x, max[1], z);
                    case "left of", "to the left of" -> List.of(min[0] - gap, min[1], z);
                    case "behind" -> List.of(x, min[1], min[2] - gap);
                    case "in front of" -> List.of(x, min[1], max[2] + gap);
                    default -> List.of(max[0] + gap, min[1], z);
                });
    }
}
