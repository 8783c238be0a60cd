package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;

/**
 * What a message meant: the reply to show, whether it was understood, the scene after it, and the actions
 * taken ({@code scene} is null when the message changes nothing, e.g. {@code help}); {@code undo} asks for the
 * model's previous scene back, which only the store knows.
 */
public record Interpretation(
        boolean understood,
        String reply,
        List<Part> scene,
        List<ChatAction> actions,
        String suggestedModelName,
        boolean undo) {

    public Interpretation(
            boolean understood, String reply, List<Part> scene, List<ChatAction> actions, String suggestedModelName) {
        this(understood, reply, scene, actions, suggestedModelName, false);
    }

    static Interpretation undoLastChange() {
        return new Interpretation(
                true, "Undid the last change.", null, List.of(new ChatAction("undo", null)), null, true);
    }

    /** Understood, but not done: the result would break a limit. */
    static Interpretation refusal(String reply) {
        return new Interpretation(false, reply, null, List.of(), null);
    }

    static Interpretation notUnderstood(String reply) {
        return new Interpretation(false, reply, null, List.of(), null);
    }

    static Interpretation answer(String reply) {
        return new Interpretation(true, reply, null, List.of(), null);
    }

    /** An answer that tells what is in the model: only for callers who may read it. */
    static Interpretation description(String reply) {
        return new Interpretation(true, reply, null, List.of(new ChatAction(DESCRIBE, null)), null);
    }

    static final String DESCRIBE = "describe";

    /** Whether the answer reveals the model's content (rather than changing it or answering in general). */
    public boolean readsModel() {
        return actions.stream().anyMatch(action -> DESCRIBE.equals(action.type()));
    }

    public boolean changesScene() {
        return scene != null;
    }
}
