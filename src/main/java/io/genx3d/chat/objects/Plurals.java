package io.genx3d.chat.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The singulars a plural may come from, most likely first: "benches" may be "benche" or "bench", "shelves" "shelf",
 * "lamp posts" "lamp post" (only the last word of a name takes the plural). English plurals are irregular enough that
 * this offers candidates rather than an answer; the library takes the first that names an object.
 */
final class Plurals {

    private Plurals() {}

    static List<String> singulars(String words) {
        List<String> candidates = new ArrayList<>();
        if (words.endsWith("ies")) {
            candidates.add(words.substring(0, words.length() - 3) + "y");
        }
        if (words.endsWith("ves")) {
            String stem = words.substring(0, words.length() - 3);
            candidates.add(stem + "f");
            candidates.add(stem + "fe");
        }
        if (words.endsWith("es")) {
            candidates.add(words.substring(0, words.length() - 2));
        }
        if (words.endsWith("s")) {
            candidates.add(words.substring(0, words.length() - 1));
        }
        return candidates;
    }
}
