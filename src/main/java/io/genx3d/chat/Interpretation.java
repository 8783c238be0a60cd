package io.genx3d.chat;

import io.genx3d.models.Part;

import java.util.List;

/**
 * What a message meant: the reply to show, whether it was understood, the scene after it, and the actions
 * taken ({@code scene} is null when the message changes nothing, e.g. {@code help}).
 */
public record Interpretation(boolean understood, String reply, List<Part> scene, List<ChatAction> actions,
                             String suggestedModelName) {

    static Interpretation notUnderstood(String reply) {
        return new Interpretation(false, reply, null, List.of(), null);
    }

    static Interpretation answer(String reply) {
        return new Interpretation(true, reply, null, List.of(), null);
    }

    public boolean changesScene() {
        return scene != null;
    }
}
