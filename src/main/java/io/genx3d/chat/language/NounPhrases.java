package io.genx3d.chat.language;

import java.util.Optional;

/**
 * Reads one noun phrase off a cursor: its determiner or number, its adjectives (colour, material, size, position,
 * ordinal), its head (a shape, an object, a piece, "one") and what may follow the head ("chair 2", "the roof of the
 * house", "the house's roof", "the one on the left"). Nothing is consumed when no noun phrase starts here.
 */
final class NounPhrases {

    private NounPhrases() {}

    static Optional<NounPhrase> read(Cursor c) {
        int start = c.mark();
        Builder b = new Builder();
        readDeterminers(c, b);
        if (b.pointer != null && !aThingFollows(c)) {
            // a pronoun takes no adjectives of its own: "make it huge", "paint everything red" say how they should
            // be, not which they are ("all red cubes" does name which)
            return Optional.of(b.build());
        }
        readAdjectives(c, b);
        readHead(c, b);
        readAfterHead(c, b);
        if (b.definite
                && b.pointer == null
                && b.thing == null
                && b.piece == null
                && b.name == null
                && !b.placeholder
                && b.colour == null
                && b.position == null
                && b.ordinal == null
                && b.sizeWord == null) {
            c.reset(start);
            return Optional.empty();
        }
        if (!b.hasAnything()) {
            c.reset(start);
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    private static void readDeterminers(Cursor c, Builder b) {
        while (!c.done()) {
            Token t = c.peek();
            if ((t.isWord("a little") || t.isWord("a tiny") || t.isWord("a bit"))
                    && startsAPieceOrAdjective(c.peek(1))) {
                // "a little cube": the article and a size, read as one phrase by the tokenizer
                b.count = 1;
                b.indefinite = true;
                b.size *= t.isWord("a bit") ? 1 : 0.5;
                b.sizeWord = "small";
                c.next();
                continue;
            }
            if ((t.is(WordKind.REFERENT, "others") || t.is(WordKind.REFERENT, "other"))
                    && startsAPieceOrThing(c.peek(1))) {
                // "the other sphere": one of that kind that is not the one we were talking about
                b.pointer = Referent.Pointer.OTHERS;
                b.definite = true;
                c.next();
                continue;
            }
            if ((t.isWord("the one") || t.isWord("the ones")) && aPositionFollows(c)) {
                // "the one on the left": a placeholder picked by where it is, not "it"
                b.definite = true;
                b.placeholder = true;
                b.plural = t.isWord("the ones");
                c.next();
                continue;
            }
            if (t.is(WordKind.REFERENT) && !startsAPieceOrThing(c.peek(1))) {
                b.pointer = pointerOf(t);
                b.plural = b.pointer != Referent.Pointer.IT && !t.is(WordKind.REFERENT, "other");
                c.next();
                boolean ofThe = c.take("of");
                c.take(WordKind.DETERMINER, "known");
                if (!ofThe && b.pointer != Referent.Pointer.ALL && b.pointer != Referent.Pointer.BOTH) {
                    return; // "make it a cube": what follows a pronoun is not more of it
                }
            } else if (t.is(WordKind.REFERENT, "all") || t.is(WordKind.REFERENT, "both")) {
                b.pointer = pointerOf(t);
                b.plural = true;
                c.next();
                c.take("of");
                c.take(WordKind.DETERMINER, "known");
            } else if (t.is(WordKind.REFERENT, "it") && (t.isWord("this") || t.isWord("that"))) {
                b.definite = true;
                c.next();
            } else if (t.is(WordKind.DETERMINER, "known")) {
                b.definite = true;
                c.next();
            } else if (t.number().isPresent() && b.count != null) {
                return; // a second number measures the thing: "two 3 by 1 by 1 bricks"
            } else if (t.number().isPresent() && !isOrdinalAfterDefinite(t, b) && !t.is(WordKind.UNIT)) {
                if (t.isWord("one") && (c.peek(1).isUnknown() || !startsAPieceOrThing(c.peek(1)) && b.definite)) {
                    return;
                }
                b.count = t.number().get().intValue();
                b.indefinite |= !b.definite;
                c.next();
                c.take("of");
            } else if (t.is(WordKind.DETERMINER, "new")) {
                b.indefinite = true;
                if (b.count == null && (t.isWord("some") || t.isWord("several") || t.isWord("many"))) {
                    b.count = 3;
                }
                c.next();
                c.take("of");
            } else {
                return;
            }
        }
    }

    private static boolean startsAPieceOrAdjective(Token t) {
        return startsAPieceOrThing(t) || t.is(WordKind.COLOUR) || t.is(WordKind.MATERIAL) || t.is(WordKind.SIZE);
    }

    private static boolean isOrdinalAfterDefinite(Token t, Builder b) {
        return b.definite && t.is(WordKind.ORDINAL) && !t.said().matches("\\d+");
    }

    private static void readAdjectives(Cursor c, Builder b) {
        while (!c.done()) {
            Token t = c.peek();
            Optional<Double[]> measured = Measures.before(c);
            if (measured.isPresent()) {
                b.dimensions = measured.get();
                continue;
            }
            boolean describesNext = Proportions.of(t.said()).isPresent() && thingAhead(c, 1)
                    // "the top one", "the back one": a place, though "top" and "back" also name pieces
                    || t.is(WordKind.POSITION)
                            && (c.peek(1).isWord("one")
                                    || c.peek(1).isWord("ones")
                                    || c.peek(1).said().matches("\\d+")
                                    || startsAPieceOrThing(c.peek(1)));
            if (startsAPieceOrThing(t) && isAdjective(t) && !thingAhead(c, 1)) {
                return; // "the sun", "an orange": a colour word that is also a thing, with no thing after it, is the
                // thing
            }
            if (startsAPieceOrThing(t) && !isAdjective(t) && !describesNext) {
                return;
            }
            if (t.is(WordKind.COLOUR)) {
                b.colour = t.meaning(WordKind.COLOUR).get();
            } else if (t.is(WordKind.MATERIAL) && !t.is(WordKind.SHAPE)) {
                b.colour = t.meaning(WordKind.MATERIAL).get();
            } else if (t.is(WordKind.ORDINAL) && (b.definite || b.pointer != null)) {
                b.ordinal = Integer.parseInt(t.meaning(WordKind.ORDINAL).get());
            } else if (Proportions.of(t.said()).isPresent() && thingAhead(c, 1)) {
                b.proportions = Proportions.combine(
                        b.proportions, Proportions.of(t.said()).get());
                b.sizeWord = t.said();
            } else if (t.is(WordKind.SIZE)) {
                b.size *= Double.parseDouble(t.meaning(WordKind.SIZE).get());
                b.sizeWord = t.said();
            } else if (t.is(WordKind.POSITION) && (b.definite || b.pointer != null)) {
                b.position = t.meaning(WordKind.POSITION).get();
            } else if (t.isWord("very") || t.isWord("really") || t.isWord("super") || t.isWord("extra")) {
                b.size *= 1.5;
            } else if ((t.is(WordKind.LAYOUT) || isPlainOnly(t) || t.isUnknownNoun()) && thingAhead(c, 1)) {
                // "a square brick", "a round disc", "a basic cylinder": words that only describe
            } else {
                return;
            }
            c.next();
        }
    }

    /** A colour or size word that also names a thing ("orange", "gold") is an adjective when a thing follows. */
    private static boolean isAdjective(Token t) {
        return t.is(WordKind.COLOUR) || t.is(WordKind.SIZE) || t.is(WordKind.MATERIAL);
    }

    private static void readHead(Cursor c, Builder b) {
        Token t = c.peek();
        // A word that names both a shape and an object ("planet", "boulder") is the object: the library's author
        // built it to be more than the shape.
        if (t.is(WordKind.SHAPE) && !t.is(WordKind.OBJECT)) {
            b.thing = Thing.shape(t.meaning(WordKind.SHAPE).get(), singular(t));
            b.plural |= t.plural();
            c.next();
        } else if (t.is(WordKind.OBJECT)) {
            b.thing = Thing.object(t.meaning(WordKind.OBJECT).get(), singular(t));
            b.plural |= t.plural();
            c.next();
            c.take(WordKind.PIECE).ifPresent(piece -> {
                b.piece = pieceWord(piece);
                b.plural |= piece.plural();
            });
        } else if (t.is(WordKind.PIECE)) {
            b.piece = pieceWord(t);
            b.plural |= t.plural();
            c.next();
        } else if (t.isWord("one")
                || t.said().equals("1")
                        && b.definite
                        && (b.position != null || b.colour != null || b.sizeWord != null)
                        && !c.peek(1).is(WordKind.UNIT) // "the top 1", "the red 1": "one" in chat spelling
                || t.isWord("ones")
                || t.isWord("thing")
                || t.isWord("things")
                || t.isWord("shape")
                || t.isWord("shapes")
                || t.isWord("object")
                || t.isWord("objects")
                || t.isWord("part")
                || t.isWord("parts")) {
            b.plural |= t.said().endsWith("s");
            b.placeholder = true;
            c.next();
        }
    }

    private static void readAfterHead(Cursor c, Builder b) {
        if (b.thing != null
                && !b.indefinite
                && c.peek().said().matches("\\d+")
                && !c.peek(1).is(WordKind.UNIT)
                && !isMeasureWord(c.peek(1))) {
            b.name = b.thing.word() + " " + c.next().said();
            b.definite = true;
        }
        if (b.piece != null && b.thing == null && c.peek().isWord("of")) {
            int mark = c.mark();
            c.next();
            Optional<NounPhrase> owner = read(c);
            if (owner.isPresent() && owner.get().thing() != null) {
                b.thing = owner.get().thing();
                b.definite = true;
                b.ordinal = owner.get().ordinal();
                b.name = owner.get().name();
            } else {
                c.reset(mark);
            }
        }
        if (b.thing != null && c.peek().isWord("'s") && c.peek(1).is(WordKind.PIECE)) {
            c.next();
            Token piece = c.next();
            b.piece = piece.meaning(WordKind.PIECE).get();
            b.plural = piece.plural();
        }
        if ((b.definite || b.pointer != null) && c.peek().is(WordKind.RELATION)) {
            int mark = c.mark();
            c.next();
            c.take(WordKind.DETERMINER, "known");
            Optional<Token> where = c.take(WordKind.POSITION);
            if (where.isPresent() && !c.peek().isWord("of") && !startsAPieceOrThing(c.peek())) {
                b.position = where.get().meaning(WordKind.POSITION).get();
            } else {
                c.reset(mark);
            }
        }
    }

    private static boolean isMeasureWord(Token t) {
        return java.util.Set.of("wide", "tall", "high", "deep", "long", "across", "in")
                .contains(t.said());
    }

    /** Whether a thing (or "one") comes after the adjectives that start here: "all red cubes", "both big ones". */
    private static boolean aThingFollows(Cursor c) {
        for (int i = 0; ; i++) {
            Token t = c.peek(i);
            if (startsAPieceOrThing(t) || t.isWord("one") || t.isWord("ones")) {
                return true;
            }
            boolean adjective = t.is(WordKind.COLOUR)
                    || t.is(WordKind.SIZE)
                    || t.is(WordKind.MATERIAL)
                    || t.is(WordKind.ORDINAL)
                    || t.is(WordKind.POSITION);
            if (!adjective) {
                return false;
            }
        }
    }

    /** The piece a word names, as the library calls it ("lampshade" is the shade), in the plural when said so. */
    private static String pieceWord(Token t) {
        String meaning = t.meaning(WordKind.PIECE).orElse(t.said());
        return t.plural() || t.said().endsWith("s") && !meaning.endsWith("s") ? meaning + "s" : meaning;
    }

    /** Whether a thing comes {@code from} places on, past words that only describe it ("flat round plate"). */
    private static boolean thingAhead(Cursor c, int from) {
        for (int i = from; i < from + 4; i++) {
            Token t = c.peek(i);
            if (startsAPieceOrThing(t)) {
                return true;
            }
            boolean describes = t.is(WordKind.COLOUR)
                    || t.is(WordKind.SIZE)
                    || t.is(WordKind.MATERIAL)
                    || t.is(WordKind.LAYOUT)
                    || Proportions.of(t.said()).isPresent()
                    || isPlainOnly(t);
            if (!describes) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPlainOnly(Token t) {
        return !t.readings().isEmpty() && t.readings().stream().allMatch(r -> r.kind() == WordKind.PLAIN);
    }

    /** Whether "on the left", "in the middle", "at the top" comes after the token under the cursor. */
    private static boolean aPositionFollows(Cursor c) {
        int next = c.peek(2).is(WordKind.DETERMINER, "known") ? 3 : 2;
        return c.peek(1).is(WordKind.RELATION) && c.peek(next).is(WordKind.POSITION);
    }

    static boolean startsAPieceOrThing(Token t) {
        return t.is(WordKind.SHAPE) || t.is(WordKind.OBJECT) || t.is(WordKind.PIECE);
    }

    private static Referent.Pointer pointerOf(Token t) {
        String meaning = t.meaning(WordKind.REFERENT).orElse("it");
        return switch (meaning) {
            case "them" -> Referent.Pointer.THEM;
            case "all" -> Referent.Pointer.ALL;
            case "both" -> Referent.Pointer.BOTH;
            case "others", "other" -> Referent.Pointer.OTHERS;
            default -> Referent.Pointer.IT;
        };
    }

    private static String singular(Token t) {
        String word = t.said();
        if (!t.plural()) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ves")) {
            return word.substring(0, word.length() - 3) + "f";
        }
        if (word.matches(".*(sses|xes|zes|ches|shes)")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static final class Builder {
        Integer count;
        boolean definite;
        boolean indefinite;
        Referent.Pointer pointer;
        Thing thing;
        String colour;
        double size = 1;
        double[] proportions;
        String sizeWord;
        String position;
        Integer ordinal;
        String name;
        String piece;
        boolean plural;
        boolean placeholder;
        Double[] dimensions;

        boolean hasAnything() {
            return pointer != null
                    || thing != null
                    || piece != null
                    || placeholder
                    || definite
                    || (count != null && (colour != null || sizeWord != null));
        }

        NounPhrase build() {
            return new NounPhrase(
                    count,
                    definite,
                    indefinite,
                    pointer,
                    thing,
                    colour,
                    size,
                    proportions,
                    sizeWord,
                    position,
                    ordinal,
                    name,
                    piece,
                    plural,
                    null,
                    dimensions);
        }
    }
}
