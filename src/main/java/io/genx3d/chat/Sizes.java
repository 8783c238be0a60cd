package io.genx3d.chat;

import io.genx3d.export.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How people give a new part's size, in the words {@link AddCommand} reads: an adjective before the shape ("a big
 * ball" → "a sphere size 2", "a tall cylinder" → "a cylinder height 2"), a diameter (→ the radius), a side
 * (→ "size"), and width, height and depth in any order and form ("2 wide 3 tall", "height = 4", "a depth of 2") →
 * "W by H by D". Only sentences that add something are rewritten: in "make the big cube red", "big" picks a part.
 */
final class Sizes {

    /** What each adjective does to the default size. */
    static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("tiny", "size 0.25"),
            Map.entry("small", "size 0.5"),
            Map.entry("little", "size 0.5"),
            Map.entry("mini", "size 0.5"),
            Map.entry("miniature", "size 0.5"),
            Map.entry("teeny", "size 0.25"),
            Map.entry("gigantic", "size 3"),
            Map.entry("colossal", "size 3"),
            Map.entry("big", "size 2"),
            Map.entry("large", "size 2"),
            Map.entry("huge", "size 3"),
            Map.entry("giant", "size 3"),
            Map.entry("enormous", "size 3"),
            Map.entry("massive", "size 3"),
            Map.entry("tall", "height 2"),
            Map.entry("short", "height 0.5"),
            Map.entry("wide", "2 by 1 by 1"),
            Map.entry("long", "1 by 1 by 2"));

    static final String SHAPES = java.util.Arrays.stream(Primitive.values())
            .flatMap(p -> java.util.stream.Stream.of(p.value(), Words.plural(p, 2)))
            .collect(Collectors.joining("|"));
    private static final Pattern ADDING = Pattern.compile("^(?:create|add|make|build|draw|place|put|insert) .*");
    /** "make the cube 3 tall" changes a part that is there: {@link ResizeCommand} reads it as said. */
    private static final Pattern CHANGING =
            Pattern.compile("^make (?:the|it|that|this|them|all|every|each|everything|both|my)\\b.*");

    private static final Pattern ADJECTIVE = Pattern.compile("\\b(a|an|\\d+|some) ((?:[a-z#0-9]+ )?)("
            + String.join("|", ADJECTIVES.keySet()) + ") ((?:[a-z#0-9]+ )?)(" + SHAPES + ")\\b");
    /** Two adjectives of shape: "a tall thin cylinder", "a short fat cone" (width and depth, then height). */
    private static final String SHAPE_WORDS = "(tall|short|thin|skinny|narrow|fat|thick|wide)";

    private static final Pattern PAIR = Pattern.compile("\\b(a|an|\\d+|some) ((?:[a-z#0-9]+ )?)" + SHAPE_WORDS
            + " (?:and )?" + SHAPE_WORDS + " ((?:[a-z#0-9]+ )?)(" + SHAPES + ")\\b");

    private static final String N = "(\\d+(?:\\.\\d+)?)";
    /** "a 2x2x2 cube", "a 1 by 2 by 3 box": the measures before the shape. */
    private static final Pattern BOX_FIRST = Pattern.compile(
            "(?<= )(?:(a|an|\\d+) )?" + N + " ?(?:x|by) ?" + N + " ?(?:x|by) ?" + N + " (" + SHAPES + ")\\b");

    private static final Pattern DIAMETER = Pattern.compile("\\b(?:with )?(?:a )?diameter (?:of )?" + N);
    private static final Pattern SIDE =
            Pattern.compile("\\b(?:with )?(?:a )?(?:sides?|side length|edges?|edge length) (?:of )?" + N);
    private static final Pattern OF_MEASURE = Pattern.compile(" of (radius|size|height|diameter|side) ");
    private static final Pattern NUMBER_THEN_DIMENSION = Pattern.compile("\\b" + N + " (wide|tall|high|deep|long)\\b");
    private static final Pattern DIMENSION_THEN_NUMBER =
            Pattern.compile("\\b(?:of )?(?:an? )?(width|height|depth|length) (?:of )?" + N + "\\b");

    private Sizes() {}

    static String rewrite(String text) {
        if (!ADDING.matcher(text).matches() || CHANGING.matcher(text).matches()) {
            return text;
        }
        String result = BOX_FIRST
                .matcher(text)
                .replaceAll(m -> (m.group(1) == null ? "a" : m.group(1)) + " " + m.group(5) + " " + m.group(2) + " by "
                        + m.group(3) + " by " + m.group(4));
        result = PAIR.matcher(result)
                .replaceAll(m ->
                        m.group(1) + " " + m.group(2) + m.group(5) + m.group(6) + " " + shaped(m.group(3), m.group(4)));
        result = ADJECTIVE
                .matcher(result)
                .replaceAll(m ->
                        m.group(1) + " " + m.group(2) + m.group(4) + m.group(5) + " " + ADJECTIVES.get(m.group(3)));
        result = DIAMETER.matcher(result).replaceAll(m -> "radius " + Words.format(Double.parseDouble(m.group(1)) / 2));
        result = SIDE.matcher(result).replaceAll("size $1");
        result = OF_MEASURE.matcher(result).replaceAll(" $1 ");
        return dimensions(result);
    }

    /** Width, height and depth said separately become one "W by H by D" (or "height H" alone). */
    private static String dimensions(String text) {
        double[] box = {Double.NaN, Double.NaN, Double.NaN};
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER_THEN_DIMENSION.matcher(text);
        while (m.find()) {
            box[axis(m.group(2))] = Double.parseDouble(m.group(1));
            spans.add(new int[] {m.start(), m.end()});
        }
        m = DIMENSION_THEN_NUMBER.matcher(text);
        while (m.find()) {
            box[axis(m.group(1))] = Double.parseDouble(m.group(2));
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty() || (spans.size() == 1 && !Double.isNaN(box[1]) && text.contains(" height "))) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text);
        spans.sort((a, b) -> b[0] - a[0]);
        for (int[] span : spans) {
            kept.replace(span[0], span[1], "");
        }
        String rest = kept.toString()
                .replaceAll("\\b(?:that is|which is|that's|thats|which's|with|and|by)(?=\\s|$)", " ")
                .replaceAll(" +", " ")
                .strip();
        String size = Double.isNaN(box[0]) && Double.isNaN(box[2])
                ? "height " + Words.format(box[1])
                : Words.format(or1(box[0])) + " by " + Words.format(or1(box[1])) + " by " + Words.format(or1(box[2]));
        return rest + " " + size;
    }

    /** "W by H by D" for two shape adjectives: tall doubles the height, short halves it, thin halves the width. */
    private static String shaped(String first, String second) {
        double[] box = {1, 1, 1};
        for (String word : List.of(first, second)) {
            switch (word) {
                case "tall" -> box[1] = 2;
                case "short" -> box[1] = 0.5;
                case "thin", "skinny", "narrow" -> {
                    box[0] = 0.5;
                    box[2] = 0.5;
                }
                case "wide" -> box[0] = 2;
                default -> {
                    box[0] = 2;
                    box[2] = 2;
                }
            }
        }
        return Words.format(box[0]) + " by " + Words.format(box[1]) + " by " + Words.format(box[2]);
    }

    private static double or1(double value) {
        return Double.isNaN(value) ? 1 : value;
    }

    private static int axis(String word) {
        return switch (word) {
            case "wide", "width" -> 0;
            case "tall", "high", "height" -> 1;
            default -> 2;
        };
    }
}
