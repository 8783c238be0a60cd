package io.genx3d.chat;

import io.genx3d.chat.objects.ObjectLibrary;
import io.genx3d.chat.objects.Piece;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chat's door to the library of named objects ({@link ObjectLibrary}, read from {@code chat/objects.txt}): a
 * table is a top on four legs, a snowman three white spheres with a carrot nose. Pieces are placed relative to the
 * object's base centre on the ground; each object is added as a group of parts named after it ("table 3 top", "table 3
 * leg 1"). Kept so the commands ask one small class, not the library's whole surface.
 */
final class Blueprints {

    private static final ObjectLibrary LIBRARY = ObjectLibrary.standard();

    /** A word that names a kind of object in a command: one token, hyphenated for a compound ("traffic-light"). */
    static final String KIND = "[a-z]+(?:-[a-z]+)*";

    private Blueprints() {}

    /** The object a word names, by name or alias, singular or plural ("couches" → "sofa"); empty if none. */
    static Optional<String> named(String word) {
        return LIBRARY.named(word);
    }

    static List<Piece> pieces(String name) {
        return LIBRARY.pieces(name);
    }

    /** Every word that names an object, aliases included. */
    static Set<String> names() {
        return LIBRARY.names();
    }

    /** The piece word {@code word} names, as said ("walls") or as its singular ("legs" → "leg"); empty if none. */
    static Optional<String> pieceWord(String word) {
        return LIBRARY.pieceWord(word);
    }

    /** "bench" → "benches", as a reply or a typo's correction says it. */
    static String plural(String name) {
        return ObjectLibrary.plural(name);
    }

    static int count() {
        return LIBRARY.count();
    }
}
