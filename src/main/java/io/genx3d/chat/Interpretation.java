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
        boolean undo,
        String renameModelTo,
        boolean startsNewModel,
        List<String> suggestions) {

    public Interpretation {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public Interpretation(
            boolean understood,
            String reply,
            List<Part> scene,
            List<ChatAction> actions,
            String suggestedModelName,
            boolean undo,
            String renameModelTo,
            boolean startsNewModel) {
        this(understood, reply, scene, actions, suggestedModelName, undo, renameModelTo, startsNewModel, List.of());
    }

    /** The same, not understood, with sentences to offer instead. */
    Interpretation withSuggestions(String newReply, List<String> offered) {
        return new Interpretation(
                understood, newReply, scene, actions, suggestedModelName, undo, renameModelTo, startsNewModel, offered);
    }

    public Interpretation(
            boolean understood, String reply, List<Part> scene, List<ChatAction> actions, String suggestedModelName) {
        this(understood, reply, scene, actions, suggestedModelName, false);
    }

    public Interpretation(
            boolean understood,
            String reply,
            List<Part> scene,
            List<ChatAction> actions,
            String suggestedModelName,
            boolean undo) {
        this(understood, reply, scene, actions, suggestedModelName, undo, null, false);
    }

    static Interpretation renameModel(String name) {
        return new Interpretation(
                true,
                "Renamed the model to \"" + name + "\".",
                null,
                List.of(new ChatAction("rename_model", name)),
                name,
                false,
                name,
                false);
    }

    static Interpretation newModel(String name) {
        return new Interpretation(
                true,
                "Started a new model. What shall we build?",
                List.of(),
                List.of(new ChatAction("new_model", name)),
                name,
                false,
                null,
                true);
    }

    /**
     * The part (or group) the message was about last, which "it" means next: the target of the last action that
     * names one in the resulting scene, or null.
     */
    public String focus(List<Part> sceneAfter) {
        for (int i = actions.size() - 1; i >= 0; i--) {
            String target = actions.get(i).part();
            if (target != null
                    && sceneAfter.stream()
                            .anyMatch(p -> p.name().equals(target) || p.name().startsWith(target + " "))) {
                return target;
            }
        }
        return null;
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
