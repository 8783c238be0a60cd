package io.genx3d.chat.objects;

import java.util.List;

/**
 * One object of the library as its block in the file gives it: its one-token name ("traffic-light"), the category it
 * is listed under, the other words people call it ("street light", "couch") and its pieces, the main one first (a
 * colour said with the object paints that one).
 */
public record Blueprint(String name, String category, List<String> aliases, List<Piece> pieces) {

    public Blueprint {
        aliases = List.copyOf(aliases);
        pieces = List.copyOf(pieces);
    }
}
