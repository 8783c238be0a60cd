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
}
