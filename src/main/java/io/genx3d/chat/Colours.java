package io.genx3d.chat;

import java.util.Map;
import java.util.Optional;

/** Colour words the chat understands, as {@code #rrggbb} (the CSS named colours of the same name). */
final class Colours {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("red", "#ff0000"), Map.entry("green", "#008000"), Map.entry("blue", "#0000ff"),
            Map.entry("yellow", "#ffff00"), Map.entry("orange", "#ffa500"), Map.entry("purple", "#800080"),
            Map.entry("white", "#ffffff"), Map.entry("black", "#000000"), Map.entry("gray", "#808080"),
            Map.entry("grey", "#808080"), Map.entry("pink", "#ffc0cb"), Map.entry("brown", "#a52a2a"),
            Map.entry("cyan", "#00ffff"), Map.entry("magenta", "#ff00ff"));

    private Colours() {
    }

    static Optional<String> hex(String word) {
        if (word.matches("#[0-9a-f]{6}")) {
            return Optional.of(word);
        }
        return Optional.ofNullable(NAMED.get(word));
    }
}
