package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import io.genx3d.models.Primitive;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in interpreter: understands "create/add/make [count] [colour] shape" and "help". Several new parts
 * are laid out in a row along x so they do not overlap. Anything else gets a reply saying what was not
 * understood and how to phrase it, never an error.
 */
@ApplicationScoped
public class CommandInterpreter implements ChatInterpreter {

    static final int MAX_PARTS_PER_COMMAND = 100;
    private static final double ROW_SPACING = 1.5;
    private static final Pattern CREATE = Pattern.compile(
            "^(?:please\\s+)?(?:create|add|make|build|draw|place|put)\\s+(?:(\\w+)\\s+)?(?:(#?\\w+)\\s+)?(\\w+)[.!]?$");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final String HELP = "I can build models from commands like \"Create a cube\", "
            + "\"Add 3 red spheres\" or \"Make a blue cylinder\". Shapes: cube, box, sphere, cylinder, cone, torus, "
            + "plane, pyramid, capsule.";

    @Override
    public Interpretation interpret(String message, List<Part> scene) {
        String text = message.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.equals("help") || text.equals("?") || text.startsWith("what can you")) {
            return Interpretation.answer(HELP);
        }
        Matcher create = CREATE.matcher(text);
        if (create.matches()) {
            Optional<Interpretation> added = add(create, scene);
            if (added.isPresent()) {
                return added.get();
            }
        }
        return Interpretation.notUnderstood("Sorry, I did not understand \"" + message.strip()
                + "\". Try something like \"Create a cube\" or \"Add 2 red spheres\", or type \"help\".");
    }

    /** The words between the verb and the shape are "[count] [colour]", each optional. */
    private Optional<Interpretation> add(Matcher create, List<Part> scene) {
        String first = create.group(1);
        String second = create.group(2);
        Integer count = first == null ? Integer.valueOf(1) : countOf(first);
        String colourWord = second;
        if (count == null && second == null) {
            count = 1;
            colourWord = first;
        }
        Optional<Primitive> primitive = singular(create.group(3));
        Optional<String> colour = colourWord == null ? Optional.of(Part.DEFAULT_COLOR) : Colours.hex(colourWord);
        if (count == null || primitive.isEmpty() || colour.isEmpty() || count < 1 || count > MAX_PARTS_PER_COMMAND) {
            return Optional.empty();
        }
        return Optional.of(addParts(scene, primitive.get(), count, colour.get(), colourWord));
    }

    /** "cube", "cubes", "boxes" and "spheres" all name a primitive. */
    private static Optional<Primitive> singular(String word) {
        return Primitive.fromValue(word)
                .or(() -> word.endsWith("s") ? Primitive.fromValue(word.substring(0, word.length() - 1)) : Optional.empty())
                .or(() -> word.endsWith("es") ? Primitive.fromValue(word.substring(0, word.length() - 2)) : Optional.empty());
    }

    private static Interpretation addParts(List<Part> scene, Primitive primitive, int count, String colour,
                                           String colourWord) {
        List<Part> next = new ArrayList<>(scene);
        List<ChatAction> actions = new ArrayList<>();
        double start = -(count - 1) * ROW_SPACING / 2;
        for (int i = 0; i < count; i++) {
            String name = primitive.value() + " " + (next.size() + 1);
            Part part = Part.of(name, primitive).withColor(colour).withPosition(List.of(start + i * ROW_SPACING, 0.0, 0.0));
            next.add(part);
            actions.add(new ChatAction("add_part", name));
        }
        String described = (count == 1 ? "a " : count + " ") + (colourWord == null ? "" : colourWord + " ")
                + primitive.value() + (count == 1 ? "" : "s");
        String modelName = Character.toUpperCase(primitive.value().charAt(0)) + primitive.value().substring(1);
        return new Interpretation(true, "Added " + described + ".", next, actions, modelName);
    }

    private static Integer countOf(String word) {
        if (word.matches("\\d{1,4}")) {
            return Integer.valueOf(word);
        }
        return NUMBER_WORDS.get(word);
    }
}
