package io.genx3d.chat;

import java.util.regex.Pattern;

/**
 * Arrangements named as things: "a stack of 3 cubes", "a tower of 5 blocks", "a row of 4", "a circle of 6 spheres",
 * "a grid of 3 by 3 cubes", "a 2 by 2 grid of spheres", "stack 4 blocks" → "N shapes in a stack|row|circle|grid of
 * C", as {@link AddCommand} reads them; "line up 3 cones", "arrange 6 cubes in a circle" and "stack a cone on the cube"
 * too.
 */
final class Arrangements {

    private static final Pattern NAMED =
            Pattern.compile("\\b(?:a|an) (stack|tower|pile|column|row|line|circle) of (\\d+) ([a-z]+)\\b");
    private static final Pattern GRID = Pattern.compile("\\b(?:a|an) grid of (\\d+) (?:by|x) (\\d+) ([a-z]+)\\b");
    private static final Pattern GRID_FIRST =
            Pattern.compile("\\b(?:(?:a|an) )?(\\d+) ?(?:by|x) ?(\\d+) grid of ([a-z]+)\\b");
    private static final Pattern VERB = Pattern.compile("^(?:stack|pile)(?: up)? (\\d+) ([a-z]+)$");
    private static final Pattern LINE_UP = Pattern.compile("^line up (\\d+) ([a-z]+)$");
    private static final Pattern ARRANGE =
            Pattern.compile("^arrange (\\d+) ([a-z]+) (in an? (?:row|line|circle|stack|column|tower|pile))$");
    private static final Pattern STACK_ON = Pattern.compile("^stack (an?|\\d+) (.+?) on (?:top of )?(.+)$");
    /** "a row of cubes" with no number: three, the fewest that make a row look like one. */
    private static final Pattern NAMED_WITHOUT_COUNT =
            Pattern.compile("\\b(?:a|an) (stack|tower|pile|column|row|line|circle) of ((?:[a-z]+)s)$");

    private Arrangements() {}

    static String rewrite(String text) {
        String result = VERB.matcher(text).replaceAll("add $1 $2 in a stack");
        result = LINE_UP.matcher(result).replaceAll("add $1 $2 in a row");
        result = ARRANGE.matcher(result).replaceAll("add $1 $2 $3");
        result = STACK_ON.matcher(result).replaceAll("put $1 $2 on top of $3");
        result = NAMED_WITHOUT_COUNT.matcher(result).replaceAll("a $1 of 3 $2");
        result = NAMED.matcher(result).replaceAll("$2 $3 in a $1");
        result = GRID.matcher(result).replaceAll(m -> grid(m.group(1), m.group(2), m.group(3)));
        return GRID_FIRST.matcher(result).replaceAll(m -> grid(m.group(1), m.group(2), m.group(3)));
    }

    private static String grid(String columns, String rows, String shape) {
        return Integer.parseInt(columns) * Integer.parseInt(rows) + " " + shape + " in a grid of " + columns;
    }
}
