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

    /** The plural of a name, its last word made plural: "bench" → "benches", "lamp post" → "lamp posts". */
    static String plural(String words) {
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        String word = words.substring(cut);
        String plural;
        if (word.matches(".*(?:ss|us|x|z|ch|sh)")) {
            plural = word + "es";
        } else if (word.endsWith("s")) {
            // Already plural: "stairs", "steps".
            plural = word;
        } else if (word.matches(".*[^aeiou]y")) {
            plural = word.substring(0, word.length() - 1) + "ies";
        } else if (word.endsWith("lf")) {
            plural = word.substring(0, word.length() - 1) + "ves";
        } else {
            plural = word + "s";
        }
        return words.substring(0, cut) + plural;
    }

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
