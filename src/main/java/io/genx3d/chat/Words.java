package io.genx3d.chat;

import io.genx3d.export.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The small vocabulary shared by the commands: numbers in digits or words, shape names and plurals. */
final class Words {

    static final String NUMBER =
            "(-?\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)";
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1.0),
            Map.entry("an", 1.0),
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("twelve", 12.0),
            Map.entry("twenty", 20.0));

    private Words() {}

    /** The rewrites {@link #normalise} makes, in order, compiled once: it runs for every chat message. */
    private static final List<Map.Entry<Pattern, String>> NORMALISING = new ArrayList<>();

    private static void rewrite(String regex, String replacement) {
        NORMALISING.add(Map.entry(Pattern.compile(regex), replacement));
    }

    static {
        // "add a ball, a red one": the second phrase describes the first thing.
        rewrite("^(.*?\\b(?:a|an) )([a-z]+),\\s*(?:a|an|the) ([a-z]+) one[.!]*$", "$1$3 $2");
        rewrite("\\blemme\\b", "let me");
        rewrite("\\bgonna\\b", "going to");
        // Text speak: "can u add a ball pls".
        rewrite("\\bu\\b", "you");
        rewrite("\\bur\\b", "your");
        rewrite("\\b(?:pls|plz|plse|pleeease|pleease)\\b", "please");
        rewrite("\\s+(?:thx|thanks|ty|cheers|thank you)[.!]*$", "");
        // "Hello! Could you add a ball?", "Add a cube. Make it red.": sentences are clauses, said in turn.
        rewrite("(?<=[a-z0-9'\")])[.!?]+\\s+(?=\\S)", " ; ");
        // "that's too big, make it smaller": the feeling says no more than the command after it.
        rewrite(
                "^(?:that's|that is|it's|it is|this is|thats|its) (?:a bit |a little |way |much |far )?too "
                        + "[a-z]+\\s*[,;]\\s*(?:so\\s+)?",
                "");
        // "I don't like the sphere, remove it": the thing disliked is the thing removed.
        rewrite(
                "^i (?:don't|do not|dont) (?:like|want|need) (.+?)\\s*[,;]\\s*(?:so\\s+)?(?:please\\s+)?"
                        + "(?:remove|delete|get rid of|lose|bin) (?:it|that|them)([.!]*)$",
                "remove $1$2");
        // "a cube, a cone and a torus": a comma before another thing is an "and".
        rewrite(
                ",\\s*(?:and\\s+)?(?=(?:a|an|some|another|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s)",
                " and ");
        // "add a pyramid, make it green": a comma before a verb, after a clause, is an "and".
        rewrite(
                "(?<=\\S \\S{1,40}),\\s*(?=(?:add|make|paint|colou?r|put|place|move|turn|rotate|remove|delete"
                        + "|then)\\s)",
                " and ");
        rewrite("[\\s,]+", " ");
        rewrite(" (?:plus|as well as|along with|together with) ", " and ");
        // "add a cube with a sphere on top": two things, the second on the first.
        rewrite(
                "^((?:add|create|make|build|draw|put|place|i want|i'd like|i would like|i need|give me|gimme|can i have"
                        + "|could i have|can i get) .+?) with (an?|\\d+|one|two|three) (.+?) on (?:top|it)$",
                "$1 and put $2 $3 on top");
        rewrite("^please ", "");
        rewrite("[.!?]+$", "");
    }

    static String normalise(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> rewrite : NORMALISING) {
            text = rewrite.getKey().matcher(text).replaceAll(rewrite.getValue());
        }
        return text.strip();
    }

    static double number(String word) {
        Double named = NUMBER_WORDS.get(word);
        return named != null ? named : Double.parseDouble(word);
    }

    /** "cube", "cubes", "boxes" and "spheres" all name a primitive. */
    static Optional<Primitive> shape(String word) {
        return Primitive.fromValue(word)
                .or(() -> word.endsWith("s")
                        ? Primitive.fromValue(word.substring(0, word.length() - 1))
                        : Optional.empty())
                .or(() -> word.endsWith("es")
                        ? Primitive.fromValue(word.substring(0, word.length() - 2))
                        : Optional.empty());
    }

    /** Whether any word of {@code text} names a primitive. */
    static boolean mentionsShape(String text) {
        for (String word : text.split(" ")) {
            if (shape(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static String plural(Primitive primitive, int count) {
        String name = primitive.value();
        if (count == 1) {
            return name;
        }
        return name.endsWith("s") || name.endsWith("x") ? name + "es" : name + "s";
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** "red cube" → "Red cube". */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
