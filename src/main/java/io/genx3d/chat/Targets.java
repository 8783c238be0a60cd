package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;

/**
 * Which part a phrase means: "it" (the part the conversation was last about, else the newest part), a part's name ("cube 2", "table top"), or "the [colour]
 * shape" (the newest part of that shape, and colour if given).
 */
final class Targets {

    /**
     * The part the conversation was last about, for the message being interpreted on this thread (set and cleared by
     * {@link CommandInterpreter}); "it", "that" and "this" mean it while it is in the scene.
     */
    static final ThreadLocal<String> FOCUS = new ThreadLocal<>();

    private Targets() {}

    /**
     * "the last one" (the newest part), "the first one", "the second one", and "the other one" / "the other sphere":
     * the newest part, of that shape if one is named, that is not the one the conversation is about.
     */
    private static Optional<Integer> ordinal(String text, List<Part> scene) {
        switch (text) {
            case "last one", "newest one", "latest one", "last part", "newest part" -> {
                return Optional.of(scene.size() - 1);
            }
            case "first one", "first part", "oldest one" -> {
                return Optional.of(0);
            }
            case "second one", "second part" -> {
                return scene.size() > 1 ? Optional.of(1) : Optional.empty();
            }
            default -> {
                // handled below
            }
        }
        if (!text.startsWith("other ")) {
            return Optional.empty();
        }
        String what = text.substring("other ".length());
        Optional<String> shape =
                what.equals("one") ? Optional.empty() : Words.shape(what).map(s -> s.value());
        if (!what.equals("one") && shape.isEmpty()) {
            return Optional.empty();
        }
        String focus = FOCUS.get();
        int current = scene.size() - 1;
        if (focus != null) {
            for (int i = scene.size() - 1; i >= 0; i--) {
                if (scene.get(i).name().equals(focus)) {
                    current = i;
                    break;
                }
            }
        }
        String sameShape = shape.orElse(scene.get(current).primitive());
        for (int i = scene.size() - 1; i >= 0; i--) {
            if (i != current && scene.get(i).primitive().equals(sameShape)) {
                return Optional.of(i);
            }
        }
        if (shape.isEmpty()) {
            for (int i = scene.size() - 1; i >= 0; i--) {
                if (i != current) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> find(String phrase, List<Part> scene) {
        if (scene.isEmpty()) {
            return Optional.empty();
        }
        String text =
                phrase.strip().replaceFirst("^(?:that|this|the) one$", "it").replaceFirst("^(the|my|that|this) ", "");
        Optional<Integer> ordinal = ordinal(text, scene);
        if (ordinal.isPresent()) {
            return ordinal;
        }
        text = text.replaceFirst("^last ", "");
        if (text.equals("it")
                || text.equals("that")
                || text.equals("this")
                || text.equals("that one")
                || text.equals("this one")) {
            String focus = FOCUS.get();
            if (focus != null) {
                for (int i = scene.size() - 1; i >= 0; i--) {
                    if (scene.get(i).name().equals(focus)) {
                        return Optional.of(i);
                    }
                }
            }
            return Optional.of(scene.size() - 1);
        }
        for (int i = scene.size() - 1; i >= 0; i--) {
            if (scene.get(i).name().equalsIgnoreCase(text)) {
                return Optional.of(i);
            }
        }
        String[] words = text.split(" ");
        String shapeWord = words[words.length - 1];
        Optional<String> colour = words.length == 2 ? Colours.hex(words[0]) : Optional.empty();
        if (words.length > 2 || (words.length == 2 && colour.isEmpty())) {
            return Optional.empty();
        }
        // The colour said is named once, not again for every part looked at.
        String colourName = colour.map(Colours::nameOf).orElse(null);
        return Words.shape(shapeWord).flatMap(shape -> {
            for (int i = scene.size() - 1; i >= 0; i--) {
                Part part = scene.get(i);
                if (part.primitive().equals(shape.value())
                        && colour.map(hex -> looksLike(part.color(), hex, colourName))
                                .orElse(true)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        });
    }

    /**
     * "the grey cube" is the default #cccccc (light gray) one too: a colour matches its own hex, or a part whose
     * everyday name is that colour or a shade of it ("light gray", "dark red").
     */
    private static boolean looksLike(String partColour, String saidHex, String saidName) {
        return partColour.equalsIgnoreCase(saidHex)
                || Colours.nameOf(partColour).contains(saidName);
    }
}
