package io.genx3d.chat.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One clause: its slots are read in any order they come (a verb, things to make, something pointed at, a colour, a
 * factor, a direction and distance, a relation to something, a layout, degrees, a kind to become, a number of copies),
 * then {@link Decisions} turns the slots into commands. Reading never guesses a verb's meaning from its word alone:
 * "make", "put" and "turn" mean what their complements say.
 */
final class ClauseReader {

    private final Cursor c;
    private final String message;
    final Slots slots = new Slots();

    ClauseReader(List<Token> tokens, String message) {
        this.c = new Cursor(tokens);
        this.message = message;
    }

    List<Command> read() {
        if (c.peek().is(WordKind.INTENT, "ask") && !c.peek().is(WordKind.INTENT, "add") && !asksForSomethingNew()) {
            return Questions.read(c).map(List::of).orElse(List.of());
        }
        boolean joined = false;
        while (!c.done()) {
            int before = c.mark();
            if (readVerb()
                    || readAt()
                    || readLikeness()
                    || readShade()
                    || readToo()
                    || readResizeTo()
                    || readLayout()
                    || readDegrees()
                    || readFactor()
                    || readRelation()
                    || readDirection()
                    || readInto()
                    || readCopies()
                    || readColour()
                    || readSizeComplement()) {
                joined = false;
            } else if (c.peek().is(WordKind.CONNECTIVE, "and")) {
                c.next();
                joined = true;
            } else if (c.peek().is(WordKind.CONNECTIVE, "except")) {
                c.next();
                c.take("for");
                c.take("from");
                Optional<NounPhrase> left = NounPhrases.read(c);
                while (left.isPresent()) {
                    Referent kept = left.get().toReferent();
                    slots.except = slots.except == null ? kept : slots.except.and(kept);
                    left = c.take(WordKind.CONNECTIVE, "and") ? NounPhrases.read(c) : Optional.empty();
                }
            } else if (!readNounPhrase(joined)) {
                Token before1 = c.peek(-1);
                Token before2 = c.peek(-2);
                Token skipped = c.next();
                boolean describesAThing = NounPhrases.startsAPieceOrThing(c.peek())
                        || NounPhrases.startsAPieceOrThing(c.peek(1))
                                && !c.peek().is(WordKind.CONNECTIVE);
                boolean saidFor = before1.isWord("for") || before2.isWord("for") && before1.is(WordKind.DETERMINER);
                // A word we do not know that describes a thing ("a comfy couch", "a grand piano") or says who it is
                // for ("for the kidz") changes nothing; one that names what to act on ("paint the dragon") does.
                if (skipped.isUnknownNoun() && !skipped.said().equals("'s") && !describesAThing && !saidFor) {
                    slots.unknown.add(skipped.said());
                } else if (isCount(skipped) && skipped.said().matches("-?\\d+(\\.\\d+)?")) {
                    // A number nothing read ("spin it -90" before it was taught, "move it 3"): a measure we would
                    // otherwise drop; better not understood than done without it.
                    slots.unknown.add(skipped.said());
                }
            }
            if (c.mark() == before) {
                c.next();
            }
        }
        return new Decisions(slots, message).commands();
    }

    /** "show me a globe", "give me a cube": an ask word followed by something new is a request to make it. */
    private boolean asksForSomethingNew() {
        Token first = c.peek();
        if (!(first.isWord("show") || first.isWord("give") || first.isWord("tell"))) {
            return false;
        }
        for (int i = 1; !c.peek(i).said().isEmpty(); i++) {
            Token t = c.peek(i);
            if (t.is(WordKind.DETERMINER, "known") || t.is(WordKind.REFERENT)) {
                return false;
            }
            if (t.is(WordKind.DETERMINER, "new")
                    || t.number().isPresent() && NounPhrases.startsAPieceOrThing(c.peek(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean readVerb() {
        Token t = c.peek();
        if (!t.is(WordKind.INTENT)) {
            return false;
        }
        if ((t.is(WordKind.SHAPE) || t.is(WordKind.OBJECT)) && !opensWithAVerb(t)) {
            return false;
        }
        if ((t.is(WordKind.INTENT, "greet") || t.is(WordKind.INTENT, "thanks"))
                && !c.peek(1).said().isEmpty()) {
            // "hey can you add a ball", "great, now paint it red": the greeting wraps the request
            slots.greeting = c.next();
            return true;
        }
        if (slots.verb != null && (isWanting(slots.verb) || t.is(WordKind.INTENT, "name")) && slots.isEmpty()) {
            // "I want to make a sphere", "give it the name Rocket": the later verb says what is asked
            slots.verb = t;
            c.next();
            return true;
        }
        if (slots.verb != null) {
            // A second verb in one clause ("do a barrel roll") is a sentence this grammar does not know.
            if (isOnlyAVerb(t)) {
                slots.unknown.add(t.said());
                c.next();
                return true;
            }
            return false;
        }
        if (t.is(WordKind.INTENT, "ask") && (t.isWord("show") || t.isWord("give") || t.isWord("tell"))) {
            slots.verb = new Token(t.said(), t.original(), List.of(new Reading(WordKind.INTENT, "add")), false);
            c.next();
            return true;
        }
        if (t.is(WordKind.COLOUR) && slots.verb == null && c.peek(1).is(WordKind.DETERMINER)) {
            slots.verb = t;
            c.next();
            return true;
        }
        if (t.is(WordKind.COLOUR) || t.is(WordKind.COMPARATIVE) && !slots.isEmpty()) {
            return false;
        }
        slots.verb = t;
        c.next();
        return true;
    }

    /** "at 0 3 0", "at (1, 2, 3)", "to the origin", "to the middle": a place to move to. */
    private boolean readAt() {
        int mark = c.mark();
        if (c.take("at") || c.take("to")) {
            c.take(WordKind.CONNECTIVE, "and");
            double[] xyz = new double[3];
            int n = 0;
            while (n < 3 && !c.done()) {
                if (c.peek().is(WordKind.CONNECTIVE, "and")) {
                    c.next();
                    continue;
                }
                Optional<Double> value =
                        c.peek().said().matches("-?\\d+(\\.\\d+)?") ? c.peek().number() : Optional.empty();
                if (value.isEmpty()) {
                    break;
                }
                xyz[n++] = value.get();
                c.next();
            }
            if (n == 3 && slots.target != null) {
                slots.at = xyz;
                return true;
            }
            if (n == 3 && slots.hasItems()) {
                // "add a green cone at 1 2 3", "4 cubes in a circle at 0 0 0": where what is made is centred
                slots.items.set(
                        slots.items.size() - 1,
                        slots.items.get(slots.items.size() - 1).centredAt(xyz));
                return true;
            }
            c.reset(mark);
            c.take("to");
            c.take("the");
            if ((c.peek().isWord("origin")
                            || c.peek().isWord("centre")
                            || c.peek().isWord("center")
                            || c.peek().isWord("middle"))
                    && slots.target != null
                    && !NounPhrases.startsAPieceOrThing(c.peek(1))
                    && !c.peek(1).isWord("of")) {
                c.next();
                slots.direction = "centre";
                slots.distance = 0.0;
                return true;
            }
        }
        c.reset(mark);
        return false;
    }

    /** "the same size as the sphere", "the same colour as it", "as big as the ball", "the colour of the cube". */
    private boolean readLikeness() {
        int mark = c.mark();
        c.take("the");
        String what = null;
        if (c.take("same")) {
            Token t = c.peek();
            what = t.isWord("colour") || t.isWord("color")
                    ? "colour"
                    : t.isWord("size") || t.isWord("height") ? "size" : null;
            if (what != null) {
                c.next();
            } else if (c.peek().is(WordKind.CONNECTIVE, "to") && c.peek().isWord("as")) {
                what = "size";
            }
        } else if (c.take("as") && (c.peek().is(WordKind.SIZE) || c.peek().is(WordKind.COMPARATIVE))) {
            c.next();
            what = "size";
        } else if ((c.peek().isWord("colour")
                        || c.peek().isWord("color")
                        || c.peek().isWord("size"))
                && c.peek(1).isWord("of")
                && slots.target != null) {
            what = c.next().isWord("size") ? "size" : "colour";
            c.next();
            c.take("the");
            Token said = c.peek();
            if (what.equals("colour")
                    && (said.is(WordKind.MATERIAL) || said.is(WordKind.COLOUR))
                    && !NounPhrases.startsAPieceOrThing(c.peek(1))) {
                // "the colour of the sky", "the color of grass": the colour that thing is
                slots.colour = said.meaning(WordKind.COLOUR)
                        .orElseGet(() -> said.meaning(WordKind.MATERIAL).get());
                c.next();
                return true;
            }
            Optional<NounPhrase> other = NounPhrases.read(c);
            if (other.isPresent() && !other.get().indefinite()) {
                slots.likeness = other.get().toReferent();
                slots.likenessOf = what;
                return true;
            }
            c.reset(mark);
            return false;
        }
        if (what == null || !c.take("as")) {
            c.reset(mark);
            return false;
        }
        Optional<NounPhrase> other = NounPhrases.read(c);
        if (other.isEmpty()) {
            c.reset(mark);
            return false;
        }
        slots.likeness = other.get().toReferent();
        slots.likenessOf = what;
        return true;
    }

    /** "darker", "a bit lighter", "much brighter": a change of shade, not of colour. */
    private boolean readShade() {
        int mark = c.mark();
        double degree = 1;
        if (c.peek().is(WordKind.UNIT, "little")) {
            degree = 0.5;
            c.next();
        } else if (c.peek().is(WordKind.UNIT, "lot")) {
            degree = 2;
            c.next();
        }
        Token t = c.peek();
        double amount = switch (t.said()) {
            case "darker", "deeper", "dimmer" -> -0.3;
            case "lighter", "brighter", "paler" -> 0.3;
            default -> 0;
        };
        if (amount == 0 || slots.target == null && slots.verb == null) {
            c.reset(mark);
            return false;
        }
        c.next();
        slots.shade = Math.max(-0.9, Math.min(0.9, amount * degree));
        return true;
    }

    /** "too small", "way too big": the opposite change. */
    private boolean readToo() {
        if (c.peek().isWord("too")
                && (c.peek(1).isWord("dark")
                        || c.peek(1).isWord("light")
                        || c.peek(1).isWord("bright")
                        || c.peek(1).isWord("pale"))) {
            c.next();
            slots.shade = c.next().isWord("dark") ? 0.3 : -0.3;
            return true;
        }
        if (!c.peek().isWord("too")
                || !(c.peek(1).is(WordKind.SIZE) || c.peek(1).is(WordKind.COMPARATIVE))) {
            return false;
        }
        c.next();
        Token t = c.next();
        double[] said = t.is(WordKind.COMPARATIVE)
                ? Factors.parse(t.meaning(WordKind.COMPARATIVE).get())
                : Proportions.of(t.said()).orElseGet(() -> {
                    double v = Double.parseDouble(t.meaning(WordKind.SIZE).get());
                    return new double[] {v, v, v};
                });
        double[] opposite = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            opposite[axis] = said[axis] > 1.001 ? 0.6667 : said[axis] < 0.999 ? 1.5 : 1;
        }
        slots.factor = opposite;
        return true;
    }

    /** "resize it to 2 by 2 by 2", "make it 3 units tall", "scale the cube to size 2": measures to reach. */
    private boolean readResizeTo() {
        if (slots.verb == null || slots.target == null && !slots.verb.is(WordKind.INTENT, "resize")) {
            return false;
        }
        int mark = c.mark();
        c.take("to");
        Optional<Double[]> measured = Measures.before(c).or(() -> Measures.after(c));
        if (measured.isEmpty()
                && c.peek().number().isPresent()
                && (c.peek(1).isWord("by") || c.peek(1).isWord("x"))) {
            double w = c.next().number().get();
            c.next();
            double h = c.next().number().orElse(w);
            double d = h;
            if ((c.peek().isWord("by") || c.peek().isWord("x"))
                    && c.peek(1).number().isPresent()) {
                c.next();
                d = c.next().number().get();
            }
            measured = Optional.of(new Double[] {w, h, d});
        }
        if (measured.isEmpty()) {
            c.reset(mark);
            return false;
        }
        slots.resizeTo = measured.get();
        return true;
    }

    /**
     * A word that is both a verb and a thing ("slide", "bin", "stack") is the verb when it opens the clause and what
     * follows points at something there: "slide the cube left", "bin it" — but "a slide", "put a bin there".
     */
    private boolean opensWithAVerb(Token t) {
        if (slots.verb != null || !slots.isEmpty() || c.mark() != 0) {
            return false;
        }
        Token next = c.peek(1);
        return next.is(WordKind.DETERMINER, "known")
                || next.is(WordKind.REFERENT)
                || next.said().isEmpty();
    }

    private static boolean isAColourWord(Token t) {
        return java.util.Set.of("colour", "color", "finish", "coat", "paint", "shade", "tint", "hue", "look")
                .contains(t.said());
    }

    /** "want", "need", "would like", "wish": a wish that the next verb says the content of. */
    private static boolean isWanting(Token verb) {
        return verb.is(WordKind.FILLER, "want")
                || verb.isWord("want")
                || verb.isWord("need")
                || verb.isWord("have")
                || verb.isWord("get")
                || verb.isWord("give");
    }

    private static boolean isOnlyAVerb(Token t) {
        return t.readings().stream().allMatch(r -> r.kind() == WordKind.INTENT || r.kind() == WordKind.PLAIN)
                && !t.is(WordKind.INTENT, "ask")
                && !t.is(WordKind.INTENT, "thanks")
                && !t.is(WordKind.INTENT, "greet");
    }

    /** "in a row", "stacked", "on top of each other", "a stack of", "3 by 3", "in 2 rows of 4", "a grid of". */
    private boolean readLayout() {
        int mark = c.mark();
        Integer first = null;
        Integer second = null;
        boolean saidIn = false;
        if (c.peek().number().isPresent()
                && (c.peek(1).isWord("x") || c.peek(1).isWord("by"))
                && c.peek(2).number().isPresent()) {
            first = c.next().number().get().intValue();
            c.next();
            second = c.next().number().get().intValue();
        } else if (isCount(c.peek()) && c.peek(1).is(WordKind.LAYOUT)) {
            first = c.next().number().get().intValue();
        } else {
            saidIn = c.take("in") || c.take("into") || c.take("as");
            c.take(WordKind.DETERMINER, "new");
            if (isCount(c.peek()) && c.peek(1).is(WordKind.LAYOUT)) {
                first = c.next().number().get().intValue();
            }
        }
        Optional<Token> layout = c.take(WordKind.LAYOUT);
        if (layout.isEmpty()) {
            if (first != null && second != null) {
                slots.layout = new Command.Layout("grid", first, second);
                return true;
            }
            c.reset(mark);
            return false;
        }
        saidIn |= layout.get().said().startsWith("in ")
                || layout.get().said().endsWith("ed")
                || layout.get().said().contains(" ");
        String kind = layout.get().meaning(WordKind.LAYOUT).get();
        boolean alsoAThing = layout.get().is(WordKind.SHAPE) || layout.get().is(WordKind.OBJECT);
        boolean ofFollows = c.peek().isWord("of");
        if (kind.equals("circle") && c.peek().is(WordKind.RELATION, "around")
                || alsoAThing && !saidIn && !ofFollows && first == null
                || !ofFollows && !saidIn && NounPhrases.startsAPieceOrThing(c.peek()) && first == null) {
            c.reset(mark);
            if (!alsoAThing && NounPhrases.startsAPieceOrThing(c.peek(1))) {
                c.next(); // "a round ball": the word describes the thing, nothing more
                return true;
            }
            return false;
        }
        if (kind.equals("row")
                && layout.get().said().startsWith("row")
                && c.peek().isWord("of")
                && c.peek(1).number().isPresent()) {
            // "2 rows of 4 cubes": rows, then how many in each.
            c.next();
            int columns = c.next().number().get().intValue();
            int rows = first == null ? 1 : first;
            slots.layout = new Command.Layout(rows > 1 ? "grid" : "row", columns, rows);
            slots.countFromLayout = columns * rows;
            return true;
        }
        if (first != null
                && second == null
                && kind.equals("row")
                && layout.get().plural()) {
            kind = "grid";
        }
        if (c.take("of")
                && c.peek().number().isPresent()
                && (c.peek(1).isWord("x") || c.peek(1).isWord("by"))
                && c.peek(2).number().isPresent()) {
            // "a grid of 3 by 3 cubes"
            first = c.next().number().get().intValue();
            c.next();
            second = c.next().number().get().intValue();
        }
        int columns = first == null ? 0 : first;
        int rows = second == null ? 0 : second;
        slots.layout = new Command.Layout(kind, columns, rows);
        if (columns > 0 && rows > 0) {
            slots.countFromLayout = columns * rows;
        }
        return true;
    }

    /** A number said as a count ("3", "three"), not an article ("a", "an"). */
    private static boolean isCount(Token t) {
        return t.number().isPresent() && !t.is(WordKind.DETERMINER);
    }

    /** "90 degrees", "upside down", "on its side", "sideways", "a quarter turn", "around the x axis". */
    private boolean readDegrees() {
        Token t = c.peek();
        boolean turning = slots.verb != null && slots.verb.is(WordKind.INTENT, "turn");
        if (turning
                && slots.target != null
                && t.said().matches("-?\\d+(\\.\\d+)?")
                && c.peek(1).said().isEmpty()) {
            // "spin it -90", "rotate the cube 45": a bare number ending a turn is its degrees
            slots.degrees = t.number().get();
            c.next();
            return true;
        }
        if (t.number().isPresent() && c.peek(1).is(WordKind.UNIT, "degree")) {
            slots.degrees = t.number().get();
            c.next();
            c.next();
            readAxis();
            return true;
        }
        if (t.is(WordKind.UNIT, "upside-down")) {
            c.next();
            slots.degrees = 180.0;
            slots.axis = 'x';
            return true;
        }
        if (t.is(WordKind.UNIT, "on-its-side")) {
            c.next();
            slots.degrees = 90.0;
            slots.axis = 'z';
            return true;
        }
        if ((t.isWord("quarter") || t.isWord("half")) && c.peek(1).isWord("turn")) {
            slots.degrees = t.isWord("quarter") ? 90.0 : 180.0;
            c.next();
            c.next();
            return true;
        }
        if (t.isWord("clockwise") || t.isWord("anticlockwise") || t.isWord("counterclockwise")) {
            c.next();
            slots.degrees = slots.degrees == null ? 90.0 : slots.degrees;
            if (!t.isWord("clockwise")) {
                slots.degrees = -slots.degrees;
            }
            return true;
        }
        return readAxis();
    }

    private boolean readAxis() {
        int mark = c.mark();
        if (c.peek().is(WordKind.RELATION)
                || c.peek().isWord("about")
                || c.peek().isWord("along")) {
            c.next();
        }
        c.take(WordKind.DETERMINER, "known");
        Token axis = c.peek();
        if (axis.said().matches("[xyz]")
                && (c.peek(1).isWord("axis") || c.peek(1).isWord("axes") || slots.degrees != null)) {
            slots.axis = axis.said().charAt(0);
            c.next();
            c.take("axis");
            return true;
        }
        c.reset(mark);
        return false;
    }

    /** "bigger", "a bit smaller", "twice as big", "3 times larger", "half the size", "by 50%", "double the size". */
    private boolean readFactor() {
        int mark = c.mark();
        Double times = null;
        Token t = c.peek();
        if (t.isWord("by")
                && c.peek(1).number().isPresent()
                && slots.verb != null
                && slots.verb.is(WordKind.INTENT, "move")
                && slots.direction == null) {
            // "raise the cube by 2", "lower it by 0.5": how far the verb's own direction goes
            c.next();
            slots.distance = c.next().number().get();
            c.take(WordKind.UNIT, "unit");
            return true;
        }
        if (t.isWord("by")
                && c.peek(1).number().isPresent()
                && !c.peek(2).is(WordKind.UNIT, "unit")
                && slots.verb != null
                && (slots.verb.is(WordKind.INTENT, "resize") || slots.verb.is(WordKind.COMPARATIVE))) {
            // "scale the cube by 3", "grow it by 2"
            c.next();
            double by = c.next().number().get();
            if (c.take(WordKind.UNIT, "percent")) {
                by = 1 + by / 100;
            }
            slots.factor = new double[] {by, by, by};
            return true;
        }
        if (t.number().isPresent()
                && (c.peek(1).is(WordKind.UNIT, "times") || c.peek(1).isWord("x"))) {
            times = t.number().get();
            c.next();
            c.next();
        } else if (t.isWord("twice")
                || t.isWord("double")
                || t.isWord("triple")
                || t.isWord("half")
                || t.isWord("thrice")) {
            times = t.isWord("half") ? 0.5 : t.isWord("triple") || t.isWord("thrice") ? 3.0 : 2.0;
            c.next();
        } else if (t.number().isPresent() && (c.peek(1).is(WordKind.UNIT, "percent"))) {
            double percent = t.number().get();
            c.next();
            c.next();
            Optional<double[]> direction = comparative();
            if (direction.isPresent()) {
                slots.factor = Factors.percent(direction.get(), percent);
                return true;
            }
            c.reset(mark);
            return false;
        }
        double degree = 1;
        if (times == null) {
            if (c.peek().is(WordKind.UNIT, "little")) {
                degree = 0.4;
                c.next();
            } else if (c.peek().is(WordKind.UNIT, "lot")) {
                degree = 2;
                c.next();
            }
        }
        c.take("as");
        c.take("the");
        Optional<double[]> comparative = comparative();
        if (comparative.isEmpty()
                && times != null
                && (c.peek().isWord("size") || c.peek().isWord("big"))) {
            c.next();
            comparative = Optional.of(new double[] {1.5, 1.5, 1.5});
        } else if (comparative.isEmpty() && times != null && c.peek().is(WordKind.SIZE)) {
            Token size = c.next();
            comparative = Optional.of(Proportions.of(size.said()).orElse(new double[] {1.5, 1.5, 1.5}));
        }
        if (comparative.isEmpty()) {
            if (times != null && slots.verb != null && (slots.verb.is(WordKind.INTENT, "resize"))) {
                slots.factor = new double[] {times, times, times};
                return true;
            }
            c.reset(mark);
            return false;
        }
        c.take("as");
        c.take("than");
        slots.factor =
                times != null ? Factors.times(comparative.get(), times) : Factors.degree(comparative.get(), degree);
        return true;
    }

    private Optional<double[]> comparative() {
        Token t = c.peek();
        if (t.is(WordKind.COMPARATIVE) && !(t.is(WordKind.INTENT) && slots.verb == null && slots.isEmpty())) {
            c.next();
            double[] factor = Factors.parse(t.meaning(WordKind.COMPARATIVE).get());
            c.take("than");
            if (c.peek().is(WordKind.UNIT, "little") || c.peek().is(WordKind.UNIT, "lot")) {
                double degree = c.next().is(WordKind.UNIT, "little") ? 0.4 : 2;
                factor = Factors.degree(factor, degree);
            }
            return Optional.of(factor);
        }
        return Optional.empty();
    }

    /** "on top of the cube", "next to it", "between the cube and the sphere", "on the left", "in the middle". */
    private boolean readRelation() {
        Token t = c.peek();
        if (!t.is(WordKind.RELATION)) {
            return false;
        }
        if (t.isWord("over")
                && slots.verb != null
                && slots.verb.is(WordKind.INTENT, "turn")
                && (c.peek(1).said().isEmpty() || c.peek(1).is(WordKind.CONNECTIVE))) {
            // "flip it over": turned upside down, not put on top of anything
            c.next();
            slots.degrees = 180.0;
            slots.axis = 'x';
            return true;
        }
        int mark = c.mark();
        String relation = t.meaning(WordKind.RELATION).get();
        c.next();
        c.take(WordKind.DETERMINER, "known");
        if (c.peek().is(WordKind.POSITION)
                && !NounPhrases.startsAPieceOrThing(c.peek(1))
                && !c.peek(1).isWord("of")
                && !c.peek(1).isWord("one")) {
            slots.position(c.next().meaning(WordKind.POSITION).get());
            c.take("side");
            return true;
        }
        if (c.peek().isWord("ground") || c.peek().isWord("floor") && slots.hasItems()) {
            c.reset(mark);
            return false;
        }
        Optional<NounPhrase> anchor = NounPhrases.read(c);
        if (anchor.isEmpty()
                && (c.done() || c.peek().is(WordKind.CONNECTIVE))
                && !relation.equals("between")
                && !relation.equals("inside")) {
            // "add a cone on top": on top of what the sentence or the conversation was just about
            slots.placement(new Command.Placement(relation, Referent.it(), null));
            return true;
        }
        if (anchor.isPresent() && anchor.get().indefinite() && anchor.get().thing() != null && slots.makesThings()) {
            // "a ball on a box", "the moon above a mountain", "a cylinder between two cubes": both new; the anchor is
            // made first, then what goes on it
            slots.placeOnANewThing(relation, anchor.get().toItem());
            return true;
        }
        if (anchor.isEmpty() || anchor.get().indefinite() && !relation.equals("between")) {
            c.reset(mark);
            return false;
        }
        Referent first = anchor.get().toReferent();
        Referent second = null;
        if (relation.equals("between") || c.peek().is(WordKind.CONNECTIVE, "and") && relation.equals("between")) {
            if (c.take(WordKind.CONNECTIVE, "and")) {
                second = NounPhrases.read(c).map(NounPhrase::toReferent).orElse(null);
            }
        }
        slots.placement(new Command.Placement(relation, first, second));
        return true;
    }

    /** "left", "2 units up", "up by 3", "a bit to the right", "forward a little". */
    private boolean readDirection() {
        int mark = c.mark();
        Double distance = null;
        if (c.peek().number().isPresent()
                && !c.peek().is(WordKind.DETERMINER)
                && (c.peek(1).is(WordKind.UNIT, "unit") || c.peek(1).is(WordKind.DIRECTION))) {
            distance = c.next().number().get();
            c.take(WordKind.UNIT, "unit");
        } else if (c.peek().is(WordKind.UNIT, "little")) {
            distance = 0.5;
            c.next();
        } else if (c.peek().is(WordKind.UNIT, "lot")) {
            distance = 3.0;
            c.next();
        }
        c.take("to");
        c.take("the");
        Optional<Token> direction = c.take(WordKind.DIRECTION);
        if (direction.isEmpty()
                || NounPhrases.startsAPieceOrThing(c.peek())
                || c.peek().isWord("one")) {
            c.reset(mark);
            return false;
        }
        if (distance == null) {
            if (c.peek().isWord("by") && c.peek(1).number().isPresent()) {
                c.next();
                distance = c.next().number().get();
                c.take(WordKind.UNIT, "unit");
            } else if (c.peek().number().isPresent() && !c.peek().is(WordKind.DETERMINER)) {
                // "up 2", "left 3 units"
                distance = c.next().number().get();
                c.take(WordKind.UNIT, "unit");
            } else if (c.peek().is(WordKind.UNIT, "little")) {
                c.next();
                distance = 0.5;
            } else if (c.peek().is(WordKind.UNIT, "lot")) {
                c.next();
                distance = 3.0;
            }
        }
        slots.direction = direction.get().meaning(WordKind.DIRECTION).get();
        slots.distance = distance == null ? 1.0 : distance;
        return true;
    }

    /** "into a sphere", "to a cylinder", "as a cone": the kind something becomes. */
    private boolean readInto() {
        Token t = c.peek();
        if (!(t.isWord("into") || t.isWord("to") || t.isWord("as") || t.isWord("in"))) {
            return false;
        }
        int mark = c.mark();
        c.next();
        Optional<NounPhrase> kind = NounPhrases.read(c);
        if (kind.isPresent()
                && kind.get().thing() != null
                && !kind.get().definite()
                && kind.get().piece() == null
                && (slots.target != null || slots.verb != null && slots.verb.is(WordKind.INTENT, "change"))) {
            slots.into = kind.get().thing();
            return true;
        }
        c.reset(mark);
        return false;
    }

    /** "3 copies", "twice", "3 times", "two more", "another one". */
    private boolean readCopies() {
        Token t = c.peek();
        if ((t.isWord("one more") || t.isWord("another one") || t.isWord("another"))
                && !NounPhrases.startsAPieceOrThing(c.peek(1))
                && !c.peek(1).is(WordKind.COLOUR)
                && !c.peek(1).is(WordKind.SIZE)) {
            // "one more", "another one": a copy of what we were talking about
            slots.copies = 1;
            slots.another = true;
            c.next();
            return true;
        }
        boolean moreOfAThing = c.peek(1).isWord("more") && NounPhrases.startsAPieceOrThing(c.peek(2));
        if (t.number().isPresent()
                && !moreOfAThing
                && (c.peek(1).isWord("copies")
                        || c.peek(1).isWord("copy")
                        || c.peek(1).isWord("duplicates")
                        || c.peek(1).isWord("clones")
                        || c.peek(1).isWord("more"))) {
            slots.copies = t.number().get().intValue();
            c.next();
            c.next();
            c.take("of");
            return true;
        }
        if ((t.isWord("copy") || t.isWord("duplicate") || t.isWord("clone")) && slots.verb != null) {
            slots.copies = slots.copies == null ? 1 : slots.copies;
            c.next();
            c.take("of");
            return true;
        }
        if (slots.verb != null
                && slots.verb.is(WordKind.INTENT, "copy")
                && t.number().isPresent()
                && c.peek(1).is(WordKind.UNIT, "times")) {
            slots.copies = t.number().get().intValue();
            c.next();
            c.next();
            return true;
        }
        if (slots.verb != null && slots.verb.is(WordKind.INTENT, "copy") && (t.isWord("twice") || t.isWord("thrice"))) {
            slots.copies = t.isWord("twice") ? 2 : 3;
            c.next();
            return true;
        }
        if ((t.isWord("another") || t.isWord("one")) && c.peek(1).isWord("more")
                || t.isWord("another")
                        && (c.peek(1).isWord("one")
                                || c.done()
                                || c.peek(1).said().isEmpty())) {
            slots.copies = 1;
            slots.another = true;
            c.next();
            if (!c.done() && (c.peek().isWord("more") || c.peek().isWord("one"))) {
                c.next();
            }
            return true;
        }
        return false;
    }

    /** A colour or material said after what it colours ("paint it red", "make the cube blue", "now green"). */
    private boolean readColour() {
        if (c.peek().is(WordKind.DETERMINER, "new")
                && (c.peek(1).is(WordKind.COLOUR) || c.peek(1).is(WordKind.MATERIAL))
                && isAColourWord(c.peek(2))
                && (slots.target != null || slots.verb != null && !slots.hasItems())) {
            c.next(); // "give the cube a red colour", "give it a green finish"
            Token said = c.next();
            slots.colour = said.meaning(WordKind.COLOUR)
                    .orElseGet(() -> said.meaning(WordKind.MATERIAL).get());
            c.next();
            return true;
        }
        Token t = c.peek();
        boolean colour = t.is(WordKind.COLOUR) || t.is(WordKind.MATERIAL);
        if (!colour
                || NounPhrases.startsAPieceOrThing(c.peek(1))
                || c.peek(1).isWord("one")
                || c.peek(1).isWord("ones")) {
            return false;
        }
        if (slots.hasItems() && slots.lastItemColourless() && !slots.sawTargetAfterItems) {
            slots.colourLastItem(t.meaning(WordKind.COLOUR)
                    .orElseGet(() -> t.meaning(WordKind.MATERIAL).get()));
        } else {
            String said = t.meaning(WordKind.COLOUR)
                    .orElseGet(() -> t.meaning(WordKind.MATERIAL).get());
            if (slots.colour != null && slots.pendingTarget != null) {
                // "make the cube blue and the sphere green": a second pair
                slots.paints.add(new Command.Paint(slots.pendingTarget, said));
                slots.pendingTarget = null;
            } else {
                slots.colour = said;
                if (slots.target != null) {
                    slots.paints.add(new Command.Paint(slots.target, said));
                }
            }
        }
        c.next();
        c.take("colour");
        c.take("color");
        return true;
    }

    /** "make it big", "make the cube tall": a size said of something there, as a factor. */
    private boolean readSizeComplement() {
        Token t = c.peek();
        if (!t.is(WordKind.SIZE)
                || NounPhrases.startsAPieceOrThing(c.peek(1))
                || c.peek(1).isWord("one")) {
            return false;
        }
        if (slots.target == null && slots.verb == null) {
            return false;
        }
        double value = Double.parseDouble(t.meaning(WordKind.SIZE).get());
        slots.factor = Proportions.of(t.said()).orElse(new double[] {value, value, value});
        c.next();
        return true;
    }

    private boolean readNounPhrase(boolean joined) {
        Optional<NounPhrase> read = NounPhrases.read(c);
        if (read.isEmpty()) {
            return false;
        }
        NounPhrase np = read.get();
        boolean makesSomething = np.indefinite()
                || !np.definite() && np.pointer() == null && slots.expectsNewThings()
                // "a cloud and the sun": in a list of things to make, "the" makes one too
                || joined
                        && np.definite()
                        && np.thing() != null
                        && np.pointer() == null
                        && np.name() == null
                        && slots.makesThings()
                        && slots.hasItems();
        if (makesSomething && np.isOnlyLooks() && slots.hasItems()) {
            // "add a cube, a blue one", "a sphere, a big one": more said of the thing just named
            if (np.colour() != null) {
                slots.colourLastItem(np.colour());
            }
            if (np.size() != 1) {
                slots.sizeLastItem(np.size());
            }
            return true;
        }
        if (makesSomething && np.thing() == null && np.piece() != null && slots.hasItems() && np.colour() != null) {
            // "a house with a red roof": the colour of a piece of the thing just named
            slots.pieceColour(np.piece(), np.colour());
            return true;
        }
        Item item = makesSomething ? np.toItem() : null;
        if (item != null) {
            Optional<Double[]> measured = Measures.after(c);
            if (measured.isPresent()) {
                item = item.measured(measured.get());
            }
            if (slots.layout != null && !slots.layoutUsed) {
                item = item.laidOut(slots.layout);
                if (slots.countFromLayout != null && np.count() == null) {
                    item = item.withCount(slots.countFromLayout);
                } else if (np.count() == null && item.count() == 1) {
                    item = item.withCount(Layouts.defaultCount(slots.layout.kind()));
                }
                slots.layoutUsed = true;
            }
            slots.items.add(item);
            slots.subject = -1;
            return true;
        }
        Referent referent = np.toReferent();
        if (slots.colour != null && joined && !slots.paints.isEmpty()) {
            slots.pendingTarget = referent;
            return true;
        }
        if (slots.hasItems()) {
            slots.sawTargetAfterItems = true;
        } else {
            slots.targetBeforeItems = true;
        }
        slots.target = slots.target == null || !joined
                ? (slots.target == null ? referent : slots.target.and(referent))
                : slots.target.and(referent);
        return true;
    }

    /** Everything a clause said, slot by slot. */
    static final class Slots {
        Token verb;
        final List<Item> items = new ArrayList<>();
        Referent target;
        Referent except;
        String colour;
        double[] factor;
        String direction;
        Double distance;
        Command.Placement placement;
        String position;
        Double degrees;
        char axis = 'y';
        Thing into;
        Command.Layout layout;
        boolean layoutUsed;
        Integer countFromLayout;
        Integer copies;
        boolean another;
        boolean sawTargetAfterItems;
        boolean targetBeforeItems;
        Referent pendingTarget;
        Token greeting;
        int subject = -1;
        double[] at;
        final List<Command.Paint> paints = new ArrayList<>();
        Referent likeness;
        String likenessOf;
        Double shade;
        Double[] resizeTo;
        final List<String> unknown = new ArrayList<>();

        void sizeLastItem(double factor) {
            Item last = items.get(items.size() - 1);
            items.set(
                    items.size() - 1,
                    new Item(
                            last.count(),
                            last.thing(),
                            last.colour(),
                            last.size() * factor,
                            last.proportions(),
                            last.dimensions(),
                            last.pieceColours(),
                            last.position(),
                            last.where(),
                            last.layout(),
                            last.point()));
        }

        void pieceColour(String piece, String pieceColour) {
            items.set(items.size() - 1, items.get(items.size() - 1).withPieceColour(piece, pieceColour));
        }

        boolean isEmpty() {
            return items.isEmpty() && target == null && colour == null && factor == null;
        }

        boolean hasItems() {
            return !items.isEmpty();
        }

        /** Whether a bare noun here names something new ("add cube") rather than something there ("paint cube"). */
        boolean expectsNewThings() {
            if (verb == null) {
                return target == null && colour == null;
            }
            return verb.is(WordKind.INTENT, "add")
                    || verb.is(WordKind.INTENT, "make") && target == null
                    || verb.is(WordKind.INTENT, "arrange") && target == null && layout != null && !layoutUsed;
        }

        boolean lastItemColourless() {
            return items.get(items.size() - 1).colour() == null;
        }

        void colourLastItem(String newColour) {
            items.set(items.size() - 1, items.get(items.size() - 1).coloured(newColour));
        }

        void position(String where) {
            if (hasItems()) {
                items.set(items.size() - 1, items.get(items.size() - 1).at(where));
            } else {
                position = where;
            }
        }

        void placement(Command.Placement where) {
            if (hasItems() && !sawTargetAfterItems) {
                int at = subject();
                items.set(at, items.get(at).placed(where));
            } else {
                placement = where;
            }
        }

        /** The item a relation said now is about: the last one named, or the anchor a relation just added. */
        int subject() {
            return subject >= 0 && subject < items.size() ? subject : items.size() - 1;
        }

        /** Whether this clause makes things: no verb, or a verb of making, and no edit said of something there. */
        boolean makesThings() {
            boolean making = verb == null
                    || verb.is(WordKind.INTENT, "add")
                    || verb.is(WordKind.INTENT, "make")
                    || verb.is(WordKind.INTENT, "arrange");
            if (!making || sawTargetAfterItems) {
                return false;
            }
            return hasItems()
                    || target != null && target.thing() != null && target.pointer() == Referent.Pointer.DESCRIBED;
        }

        /** Puts a new anchor before the subject, and the subject against it. */
        void placeOnANewThing(String relation, Item anchorItem) {
            if (!hasItems()) {
                items.add(Item.of(1, target.thing()));
                target = null;
                targetBeforeItems = false;
            }
            int at = subject();
            Referent anchor = relation.equals("between") && anchorItem.count() > 1
                    ? Referent.pointer(Referent.Pointer.THEM)
                    : Referent.it();
            items.set(at, items.get(at).placed(new Command.Placement(relation, anchor, null)));
            items.add(at, anchorItem);
            subject = at;
        }
    }
}
