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

    static Optional<Integer> find(String phrase, List<Part> scene) {
        if (scene.isEmpty()) {
            return Optional.empty();
        }
        String text = phrase.strip().replaceFirst("^(the|my|that|this) ", "").replaceFirst("^last ", "");
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
        return Words.shape(shapeWord).flatMap(shape -> {
            for (int i = scene.size() - 1; i >= 0; i--) {
                Part part = scene.get(i);
                if (part.primitive().equals(shape.value())
                        && colour.map(part.color()::equals).orElse(true)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        });
    }
}
