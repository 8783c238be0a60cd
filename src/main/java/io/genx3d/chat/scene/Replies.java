package io.genx3d.chat.scene;

import io.genx3d.chat.language.Item;
import io.genx3d.chat.language.Referent;
import io.genx3d.models.Colours;
import java.util.List;
import java.util.Locale;

/** The words of a reply: what was made ("3 red spheres"), where ("on top of the lamp"), what was acted on. */
final class Replies {

    private Replies() {}

    static String describe(Item item) {
        String colour = item.colour() == null ? "" : item.colour() + " ";
        String size = item.size() > 1.01 ? "big " : item.size() < 0.99 ? "small " : "";
        String word = item.thing().word();
        if (item.count() == 1) {
            return article(size + colour + word) + " " + size + colour + word;
        }
        return item.count() + " " + size + colour + plural(word);
    }

    /** "with its roof red": colours said for pieces of what was made. */
    static String pieces(Item item) {
        if (item.pieceColours().isEmpty()) {
            return "";
        }
        return " with "
                + list(item.pieceColours().entrySet().stream()
                        .map(piece -> "its " + piece.getKey() + " " + piece.getValue())
                        .toList());
    }

    static String where(Item item) {
        if (item.where() != null) {
            return " " + item.where().relation().replace('-', ' ') + " "
                    + name(item.where().anchor());
        }
        if (item.layout() != null) {
            return " in a " + item.layout().kind();
        }
        if (item.position() == null) {
            return "";
        }
        return (item.position().equals("middle") ? " in the " : " on the ") + item.position();
    }

    static String name(Referent referent) {
        if (referent.pointer() == Referent.Pointer.IT && referent.thing() == null) {
            return "it";
        }
        if (referent.name() != null) {
            return referent.name();
        }
        String colour = referent.colour() == null ? "" : referent.colour() + " ";
        String thing = referent.thing() == null ? "one" : referent.thing().word();
        return "the " + colour + (referent.many() ? plural(thing) : thing);
    }

    /** "a", "b and c", "a, b and c". */
    static String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String colourName(String hex) {
        return Colours.nameOf(hex);
    }

    static String plural(String word) {
        if (word.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        if (word.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    static String counted(long count, String word) {
        if (count == 0) {
            return "0 " + plural(word);
        }
        return count == 1 ? "1 " + word : count + " " + plural(word);
    }

    /** "a box", or "boxes" when {@code many}. */
    static String some(String word, boolean many) {
        return many ? plural(word) : article(word) + " " + word;
    }

    private static String article(String text) {
        return "aeiou".indexOf(text.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an" : "a";
    }

    /** How a resize reads: "bigger", "twice as big", "taller", "narrower and deeper", "1.5 times as wide". */
    static String resized(double[] factor) {
        boolean uniform = Math.abs(factor[0] - factor[1]) < 1e-9 && Math.abs(factor[1] - factor[2]) < 1e-9;
        if (uniform) {
            double f = factor[0];
            if (Math.abs(f - 2) < 1e-9) {
                return "twice as big";
            }
            if (Math.abs(f - 0.5) < 1e-9) {
                return "half as big";
            }
            return (f > 1 ? "bigger" : "smaller") + " (× " + Geometry.format(f) + ")";
        }
        String[][] words = {{"wider", "narrower"}, {"taller", "shorter"}, {"deeper", "shallower"}};
        List<String> said = new java.util.ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            if (Math.abs(factor[axis] - 1) > 1e-9) {
                said.add(words[axis][factor[axis] > 1 ? 0 : 1] + " (× " + Geometry.format(factor[axis]) + ")");
            }
        }
        return said.isEmpty() ? "the same size" : String.join(" and ", said);
    }
}
