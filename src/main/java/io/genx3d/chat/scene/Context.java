package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.List;

/**
 * What a command acts on: the model's parts and what the conversation is about ({@code focus}: a part's or a group's
 * name, or null). Passed along, never kept anywhere else.
 */
public record Context(List<Part> scene, String focus) {

    public Context {
        scene = List.copyOf(scene);
    }

    Context next(List<Part> newScene, String newFocus) {
        return new Context(newScene, newFocus == null ? focus : newFocus);
    }
}
