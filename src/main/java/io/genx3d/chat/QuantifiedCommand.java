package io.genx3d.chat;

import io.genx3d.export.Primitive;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to several parts at once: "remove all the spheres", "delete every cube", "remove both", "make everything
 * red", "paint all the cubes pink", "colour each cone gold", "move everything up 2".
 */
final class QuantifiedCommand implements ChatCommand {

    private static final String WHICH =
            "(everything|all|all of them|them|them all|them both|both|both of them|the 2 of them|the 2|it all"
                    + "|all of it|all parts|all the parts"
                    + "|all of the parts|the whole thing|the whole model|the whole scene|the lot"
                    + "|(?:every|each) (?:part|thing|one|object|shape)"
                    + "|(?:all(?: of)?(?: the)?|every|each|both(?: the)?) ([a-z]+))";
    private static final Pattern SEVERAL = Pattern.compile("^" + WHICH + "$");
    private static final Pattern MOVE = Pattern.compile(
            "^move " + WHICH + " (up|down|left|right|forwards?|back|backwards?) (?:by )?(\\d+(?:\\.\\d+)?)$");
    private static final Pattern REMOVE = Pattern.compile("^remove " + WHICH + "$");
    /** "remove everything except the cube", "remove all but the spheres and the house". */
    private static final Pattern REMOVE_EXCEPT = Pattern.compile(
            "^remove (?:everything|all(?: of it| the parts| parts)?"
                    + "|the rest) (?:except(?: for)?|but(?: for)?|apart from|other than|besides|save for|aside from) (.+)$");

    private static final Pattern PAINT = Pattern.compile("^(?:paint|colou?r|make|turn) " + WHICH + " (#?[a-z0-9]+)$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m;
        if ((m = REMOVE_EXCEPT.matcher(text)).matches()) {
            return kept(m.group(1), scene).map(keep -> removeAllBut(keep, scene));
        }
        if ((m = REMOVE.matcher(text)).matches()) {
            return which(m.group(2)).map(chosen -> {
                List<Part> next = new ArrayList<>(scene);
                int before = next.size();
                next.removeIf(chosen);
                int removed = before - next.size();
                return new Interpretation(
                        removed > 0,
                        removed > 0
                                ? "Removed " + removed + (removed == 1 ? " part." : " parts.")
                                : "Nothing to remove.",
                        removed > 0 ? next : null,
                        List.of(new ChatAction("remove_parts", null)),
                        null);
            });
        }
        if ((m = MOVE.matcher(text)).matches()) {
            String direction = m.group(3);
            double distance = Double.parseDouble(m.group(4));
            return which(m.group(2)).flatMap(chosen -> {
                long moved = scene.stream().filter(chosen).count();
                List<Part> next = scene.stream()
                        .map(p -> chosen.test(p)
                                ? p.withPosition(EditCommands.shifted(p.position(), direction, distance))
                                : p)
                        .toList();
                return moved == 0
                        ? Optional.empty()
                        : Optional.of(new Interpretation(
                                true,
                                "Moved " + moved + (moved == 1 ? " part " : " parts ") + direction + " by "
                                        + Words.format(distance) + ".",
                                next,
                                List.of(new ChatAction("move_parts", null)),
                                null));
            });
        }
        if ((m = PAINT.matcher(text)).matches()) {
            Optional<String> colour = Colours.hex(m.group(3));
            if (colour.isEmpty()) {
                return Optional.empty();
            }
            String hex = colour.get();
            String colourWord = m.group(3);
            return which(m.group(2)).map(chosen -> {
                List<Part> next = new ArrayList<>();
                int painted = 0;
                for (Part p : scene) {
                    if (chosen.test(p)) {
                        next.add(new Part(
                                p.name(), p.primitive(), p.size(), p.position(), p.rotation(), p.scale(), hex));
                        painted++;
                    } else {
                        next.add(p);
                    }
                }
                return new Interpretation(
                        painted > 0,
                        painted > 0
                                ? "Painted " + painted + (painted == 1 ? " part " : " parts ") + colourWord + "."
                                : "There is nothing like that to paint.",
                        painted > 0 ? next : null,
                        List.of(new ChatAction("paint_parts", null)),
                        null);
            });
        }
        return Optional.empty();
    }

    private static Interpretation removeAllBut(Predicate<Part> keep, List<Part> scene) {
        List<Part> next = scene.stream().filter(keep).toList();
        int removed = scene.size() - next.size();
        return new Interpretation(
                removed > 0,
                removed > 0
                        ? "Removed " + removed + (removed == 1 ? " part" : " parts") + ", kept " + next.size() + "."
                        : "Nothing else to remove.",
                removed > 0 ? next : null,
                List.of(new ChatAction("remove_parts", null)),
                null);
    }

    /**
     * The parts a list of things names ("the cube", "the spheres", "the house and the red cone"); empty when any of
     * them is not in the scene, so that nothing is removed on a guess.
     */
    private static Optional<Predicate<Part>> kept(String things, List<Part> scene) {
        Predicate<Part> keep = part -> false;
        for (String thing : things.split(",? and |, ")) {
            Optional<Predicate<Part>> one = thing(thing.strip(), scene);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            keep = keep.or(one.get());
        }
        return Optional.of(keep);
    }

    private static Optional<Predicate<Part>> thing(String thing, List<Part> scene) {
        String bare = thing.replaceFirst("^(?:the|my|that|this|all the|all) ", "");
        Optional<String> blueprint = Blueprints.named(bare);
        if (blueprint.isPresent() && !Blueprints.named(bare + "s").equals(blueprint)) {
            // "the houses": every house, not the newest one.
            String every = blueprint.get() + " ";
            return Optional.of(part ->
                    Groups.of(part).filter(group -> group.startsWith(every)).isPresent());
        }
        Optional<String> group = GroupCommand.group(bare, scene);
        if (group.isPresent()) {
            return Optional.of(part -> Groups.isIn(part, group.get()));
        }
        if (bare.endsWith("s") && !bare.contains(" ")) {
            Optional<Predicate<Part>> shape = which(bare.substring(0, bare.length() - 1));
            if (shape.isPresent()) {
                return shape;
            }
        }
        return Targets.find(thing, scene).map(index -> {
            Part kept = scene.get(index);
            return part -> part == kept;
        });
    }

    /** The parts "everything", "all the cubes" or "each sphere" names; empty when it names no such set. */
    static Optional<Predicate<Part>> several(String target) {
        Matcher m = SEVERAL.matcher(target);
        return m.matches() ? which(m.group(2)) : Optional.empty();
    }

    /** Every part, or the parts of one primitive; empty when the word names no shape. */
    private static Optional<Predicate<Part>> which(String shapeWord) {
        if (shapeWord == null) {
            return Optional.of(part -> true);
        }
        Optional<Primitive> shape = Words.shape(shapeWord);
        return shape.map(primitive -> part -> part.primitive().equals(primitive.value()));
    }
}
