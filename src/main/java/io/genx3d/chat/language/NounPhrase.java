package io.genx3d.chat.language;

/**
 * A noun phrase as read, before the clause decides whether it names something new ("a big red ball") or something
 * there ("the big red ball"): {@link #definite} and {@link #indefinite} say what its first words showed (neither, for
 * a bare "cube"). {@link #pointer} is set when it points rather than describes ("it", "all", "both").
 */
record NounPhrase(
        Integer count,
        boolean definite,
        boolean indefinite,
        Referent.Pointer pointer,
        Thing thing,
        String colour,
        double size,
        double[] proportions,
        String sizeWord,
        String position,
        Integer ordinal,
        String name,
        String piece,
        boolean plural,
        Command.Layout layout,
        Double[] dimensions) {

    boolean hasHead() {
        return thing != null || piece != null || name != null;
    }

    /** "a blue one", "a big one": something said of a thing just named, with no kind of its own. */
    boolean isOnlyLooks() {
        return thing == null && piece == null && name == null && pointer == null;
    }

    /** As something to make: how many, what and how it looks; null when it names no kind of thing. */
    Item toItem() {
        if (thing == null) {
            return null;
        }
        int n = count == null ? (plural ? 3 : 1) : Math.max(1, (int) Math.round(count));
        return new Item(n, thing, colour, size, proportions, dimensions, java.util.Map.of(), null, null, layout, null);
    }

    /** As something pointed at. */
    Referent toReferent() {
        Referent.Pointer how = pointer == null ? Referent.Pointer.DESCRIBED : pointer;
        if (how == Referent.Pointer.DESCRIBED
                && !hasHead()
                && colour == null
                && position == null
                && ordinal == null
                && sizeWord == null) {
            how = Referent.Pointer.IT;
        }
        boolean many = plural || (count != null && count > 1 && definite);
        return new Referent(how, thing, colour, position, ordinal, sizeWord, name, piece, many, null, null);
    }
}
