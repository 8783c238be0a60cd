package io.genx3d.chat.language;

import java.util.Optional;

/**
 * Measures said in units: before a thing ("a 3 unit cube", "two 3 by 1 by 1 bricks") or after it ("with a radius of
 * 2", "2 wide 3 tall", "of side 2", "height = 4", "size 2"), as width, height and depth (each null when unsaid). A
 * radius is half of a width and a depth; a size or side is every measure.
 */
final class Measures {

    private Measures() {}

    /** Measures before the thing: "3 unit", "3 by 1 by 1", "2x2x2"; nothing taken when there are none. */
    static Optional<Double[]> before(Cursor c) {
        int mark = c.mark();
        Token first = c.peek();
        if (first.number().isEmpty() || first.is(WordKind.DETERMINER)) {
            return Optional.empty();
        }
        if (isBy(c.peek(1)) && c.peek(2).number().isPresent()) {
            double w = c.next().number().get();
            c.next();
            double h = c.next().number().get();
            double d = h;
            if (isBy(c.peek()) && c.peek(1).number().isPresent()) {
                c.next();
                d = c.next().number().get();
            }
            c.take(WordKind.UNIT, "unit");
            if (NounPhrases.startsAPieceOrThing(c.peek())) {
                return Optional.of(new Double[] {w, h, d});
            }
        } else if (c.peek(1).is(WordKind.UNIT, "unit") && NounPhrases.startsAPieceOrThing(c.peek(2))) {
            double side = c.next().number().get();
            c.next();
            return Optional.of(new Double[] {side, side, side});
        }
        c.reset(mark);
        return Optional.empty();
    }

    /** Measures after the thing; nothing taken when there are none. */
    static Optional<Double[]> after(Cursor c) {
        Double[] dims = new Double[3];
        boolean any = false;
        while (true) {
            int mark = c.mark();
            c.take(WordKind.CONNECTIVE, "and");
            c.take("with");
            c.take("of");
            c.take("that");
            c.take("which");
            c.take("is");
            c.take(WordKind.DETERMINER, "new");
            String measure = measureWord(c.peek());
            if (measure != null) {
                c.next();
                c.take("of");
                c.take("=");
                c.take("is");
                Optional<Double> value = c.peek().number();
                if (value.isEmpty()) {
                    c.reset(mark);
                    break;
                }
                c.next();
                c.take(WordKind.UNIT, "unit");
                set(dims, measure, value.get());
                any = true;
                continue;
            }
            Optional<Double> value = c.peek().number();
            if (value.isPresent() && !c.peek().is(WordKind.DETERMINER)) {
                c.next();
                c.take(WordKind.UNIT, "unit");
                c.take("in");
                String after = c.peek().isWord("diameter") ? "diameter" : dimensionWord(c.peek());
                if (after != null) {
                    c.next();
                    set(dims, after, value.get());
                    any = true;
                    continue;
                }
            }
            c.reset(mark);
            break;
        }
        return any ? Optional.of(dims) : Optional.empty();
    }

    private static boolean isBy(Token t) {
        return t.isWord("by") || t.isWord("x");
    }

    /** A measure named before its number: "radius 2", "height of 4", "sides of 3", "size 0.5". */
    private static String measureWord(Token t) {
        return switch (t.said()) {
            case "radius" -> "radius";
            case "diameter" -> "diameter";
            case "size", "side", "sides", "edge", "edges" -> "size";
            case "height" -> "height";
            case "width" -> "width";
            case "depth", "length" -> "depth";
            default -> null;
        };
    }

    /** A measure named after its number: "2 wide", "3 tall", "5 units high", "1 deep", "2 long", "2 across". */
    private static String dimensionWord(Token t) {
        return switch (t.said()) {
            case "wide", "across" -> "width";
            case "tall", "high" -> "height";
            case "deep" -> "depth";
            case "long" -> "long";
            default -> null;
        };
    }

    private static void set(Double[] dims, String measure, double value) {
        switch (measure) {
            case "radius" -> {
                dims[0] = 2 * value;
                dims[2] = 2 * value;
                dims[1] = dims[1] == null ? -2 * value : dims[1];
            }
            case "diameter" -> {
                dims[0] = value;
                dims[2] = value;
                dims[1] = dims[1] == null ? -value : dims[1];
            }
            case "size" -> {
                dims[0] = value;
                dims[1] = value;
                dims[2] = value;
            }
            case "height" -> dims[1] = value;
            case "width" -> dims[0] = value;
            case "long" -> dims[0] = value;
            default -> dims[2] = value;
        }
    }
}
