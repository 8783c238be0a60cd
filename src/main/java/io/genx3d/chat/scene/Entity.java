package io.genx3d.chat.scene;

import io.genx3d.chat.language.Thing;
import io.genx3d.models.Part;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A thing in the model as a person sees it: one part ("cube 3"), or the parts of one object ("chair 2", whose parts
 * are named "chair 2 seat", "chair 2 leg 1"…). {@code kind} is what it is called ("chair", "cube"); {@code order} is
 * where it first appears in the model, so the first made comes first.
 */
record Entity(String name, String kind, List<Part> parts, int order) {

    Box box() {
        return Box.around(parts);
    }

    /** How a reply names it: "chair 2", or "house 1 roof" when only some of its pieces are meant. */
    String label() {
        if (parts.size() == 1 && !parts.get(0).name().toLowerCase(Locale.ROOT).equals(name)) {
            return parts.get(0).name();
        }
        List<String> pieces = parts.stream()
                .map(part -> Entities.pieceOf(part, this).replaceAll(" \\d+$", ""))
                .distinct()
                .toList();
        if (pieces.size() == 1 && !pieces.get(0).isEmpty() && parts.size() > 1) {
            return name + " " + pieces.get(0) + "s";
        }
        return name;
    }

    boolean isSinglePart() {
        return parts.size() == 1 && parts.get(0).name().equals(name);
    }

    /** The colour of its largest part: what a person calls its colour (a car's body, not its wheels). */
    String colour() {
        return parts.stream()
                .max(Comparator.comparingDouble(
                        part -> Box.around(List.of(part)).volume()))
                .orElseThrow()
                .color();
    }

    /** Whether it is a thing of that kind: the shape for a single part, the object's name or the word said for it. */
    boolean is(Thing thing) {
        if (thing.isShape()) {
            return isSinglePart() && parts.get(0).primitive().equals(thing.shape()) || sameWord(kind, thing.word());
        }
        return sameWord(kind, thing.object()) || sameWord(kind, thing.word());
    }

    /** "table" is a coffee-table's kind too, "light" a traffic-light's: a compound is called by its last word. */
    private static boolean sameWord(String a, String b) {
        if (b == null) {
            return false;
        }
        String kind = a.replace('-', ' ');
        String said = b.toLowerCase(Locale.ROOT).replace('-', ' ');
        return kind.equals(said) || !said.contains(" ") && kind.endsWith(" " + said);
    }
}
