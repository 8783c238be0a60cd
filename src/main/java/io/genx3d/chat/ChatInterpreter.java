package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;

/**
 * Turns one chat message into a change to a scene. The built-in implementation is a deterministic reader of
 * plain English commands; a language-model-backed one can implement this interface later without the
 * resource or the stores changing.
 */
public interface ChatInterpreter {

    Interpretation interpret(String message, List<Part> scene);

    /**
     * The same within a conversation: {@code focus} names the part (or group of parts) the conversation was last
     * about — what "it" and "that" mean — or is null. Interpreters without a notion of it ignore it.
     */
    default Interpretation interpret(String message, List<Part> scene, String focus) {
        return interpret(message, scene);
    }
}
