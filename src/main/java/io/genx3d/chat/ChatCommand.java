package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;

/** One kind of sentence the built-in interpreter understands; empty when the sentence is not of its kind. */
interface ChatCommand {

    /** {@code text} is lowercased, single-spaced and without trailing punctuation. */
    Optional<Interpretation> interpret(String text, List<Part> scene);
}
