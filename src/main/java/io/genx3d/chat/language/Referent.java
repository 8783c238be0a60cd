package io.genx3d.chat.language;

/**
 * What a sentence points at in the model. {@code pointer} says how: {@code IT} (what the conversation is about),
 * {@code THEM} (what it was about, all of it), {@code ALL} (everything, or every thing of a kind), {@code BOTH}, the
 * {@code OTHERS}, or {@code DESCRIBED} by the other slots: the kind ({@code thing}), its colour, a position among its
 * kind ("left", "top", "middle"…), an ordinal (1 = the first made, -1 = the last), a size ("big" = the biggest),
 * {@code name} ("chair 2"), a piece of it ("roof"), and whether several were meant ({@code plural}: "the chairs").
 * {@code except} is what to leave out ("everything except the cube"); {@code also} another referent joined by "and"
 * ("the cube and the sphere").
 */
public record Referent(
        Pointer pointer,
        Thing thing,
        String colour,
        String position,
        Integer ordinal,
        String size,
        String name,
        String piece,
        boolean plural,
        Referent except,
        Referent also) {

    /** How a sentence points at something. */
    public enum Pointer {
        IT,
        THEM,
        ALL,
        BOTH,
        OTHERS,
        DESCRIBED
    }

    public static Referent it() {
        return new Referent(Pointer.IT, null, null, null, null, null, null, null, false, null, null);
    }

    static Referent all() {
        return new Referent(Pointer.ALL, null, null, null, null, null, null, null, true, null, null);
    }

    static Referent pointer(Pointer pointer) {
        return new Referent(pointer, null, null, null, null, null, null, null, pointer != Pointer.IT, null, null);
    }

    Referent except(Referent left) {
        return new Referent(pointer, thing, colour, position, ordinal, size, name, piece, plural, left, also);
    }

    Referent ofPiece(String word) {
        return new Referent(pointer, thing, colour, position, ordinal, size, name, word, plural, except, also);
    }

    Referent and(Referent other) {
        Referent tail = also == null ? other : also.and(other);
        return new Referent(pointer, thing, colour, position, ordinal, size, name, piece, plural, except, tail);
    }

    /** Whether several things may be meant. */
    public boolean many() {
        return plural
                || also != null
                || pointer == Pointer.ALL
                || pointer == Pointer.BOTH
                || pointer == Pointer.THEM
                || pointer == Pointer.OTHERS;
    }
}
