package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about the model, answered in words people use (colour names, not hex codes): how many parts or how
 * many spheres, what colour a part is, where it is, how big it is, which part is the biggest.
 */
final class QuestionCommand implements ChatCommand {

    private static final String THERE =
            "(?: are there| is there| there are| there is| have i got| have we got| do i have| do we have| are in (?:the|this|my) "
                    + "(?:model|scene)| in (?:the|this|my) (?:model|scene)| are (?:there )?in (?:it|the model))?";
    private static final Pattern HOW_MANY_PARTS =
            Pattern.compile("^how many (?:parts|things|objects|shapes|pieces|items)" + THERE + "$");
    private static final Pattern HOW_MANY_OF = Pattern.compile("^how many ([a-z]+)" + THERE + "$");
    private static final Pattern COLOUR = Pattern.compile("^(?:what|which) colou?r is (.+)$");
    private static final Pattern WHERE = Pattern.compile("^(?:where(?: is|'s)|whereabouts is) (.+)$");
    private static final Pattern HOW_BIG = Pattern.compile("^(?:how (?:big|large|tall|wide|high|deep|long)(?: is|'s)"
            + "|what(?: is|'s) the (?:size|dimensions?) of|what (?:size|dimensions) (?:is|are)"
            + "|what are the dimensions of) (.+)$");
    private static final Pattern EXTREME = Pattern.compile(
            "^(?:(?:what|which)(?: is|'s)? the (biggest|largest|smallest|tallest) (?:part|thing|shape|one)"
                    + "|(?:what|which) (?:part|thing|shape|one) is (?:the )?(biggest|largest|smallest|tallest))$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m;
        if (HOW_MANY_PARTS.matcher(text).matches()) {
            return answer("The model has " + scene.size() + (scene.size() == 1 ? " part." : " parts."));
        }
        if ((m = HOW_MANY_OF.matcher(text)).matches()) {
            Optional<io.genx3d.export.Primitive> shape = Words.shape(m.group(1));
            if (shape.isEmpty()) {
                return Optional.empty();
            }
            long count = scene.stream()
                    .filter(p -> p.primitive().equals(shape.get().value()))
                    .count();
            return answer("There " + (count == 1 ? "is 1 " : "are " + count + " ")
                    + Words.plural(shape.get(), (int) count) + " in the model.");
        }
        if ((m = COLOUR.matcher(text)).matches()) {
            return about(m.group(1), scene, p -> p.name() + " is " + Colours.nameOf(p.color()) + ".");
        }
        if ((m = WHERE.matcher(text)).matches()) {
            return about(m.group(1), scene, p -> p.name() + " is at " + EditCommands.describe(p.position()) + ".");
        }
        if ((m = HOW_BIG.matcher(text)).matches()) {
            return about(m.group(1), scene, p -> p.name() + " is " + size(p) + " (width × height × depth).");
        }
        if ((m = EXTREME.matcher(text)).matches() && !scene.isEmpty()) {
            String extreme = m.group(1) != null ? m.group(1) : m.group(2);
            Comparator<Part> by = extreme.equals("tallest")
                    ? Comparator.comparingDouble(p -> Layout.extent(p, 1))
                    : Comparator.comparingDouble(QuestionCommand::volume);
            Part found = extreme.equals("smallest")
                    ? scene.stream().min(by).orElseThrow()
                    : scene.stream().max(by).orElseThrow();
            return answer("The " + extreme + " part is " + found.name() + ", " + size(found) + ".");
        }
        return Optional.empty();
    }

    private static Optional<Interpretation> about(
            String target, List<Part> scene, java.util.function.Function<Part, String> reply) {
        return Targets.find(target, scene).map(index -> Interpretation.description(reply.apply(scene.get(index))));
    }

    private static Optional<Interpretation> answer(String reply) {
        return Optional.of(Interpretation.description(reply));
    }

    private static double volume(Part p) {
        return Layout.extent(p, 0) * Layout.extent(p, 1) * Layout.extent(p, 2);
    }

    private static String size(Part p) {
        return Words.format(Layout.round(Layout.extent(p, 0))) + " × " + Words.format(Layout.round(Layout.extent(p, 1)))
                + " × " + Words.format(Layout.round(Layout.extent(p, 2)));
    }
}
