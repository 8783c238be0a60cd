package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.List;

/**
 * What a command did: the scene after it (null: unchanged), the reply, what was touched (each a type and a part or
 * group name, for the conversation's focus and the API's actions), and the model-level effects — undo, a new name,
 * a question answered from the model's content. {@code understood} is false for a command that found nothing to act
 * on: it says so in the reply and changes nothing.
 */
public record Outcome(
        boolean understood,
        String reply,
        List<Part> scene,
        List<Step> steps,
        boolean undo,
        String rename,
        boolean readsModel) {

    /** One thing done: "add_part" to "cube 3", "paint" "chair 2". */
    public record Step(String type, String part) {}

    static Outcome changed(List<Part> scene, String reply, List<Step> steps) {
        return new Outcome(true, reply, scene, List.copyOf(steps), false, null, false);
    }

    static Outcome answer(String reply) {
        return new Outcome(true, reply, null, List.of(), false, null, false);
    }

    static Outcome description(String reply) {
        return new Outcome(true, reply, null, List.of(), false, null, true);
    }

    static Outcome notFound(String reply) {
        return new Outcome(false, reply, null, List.of(), false, null, false);
    }
}
