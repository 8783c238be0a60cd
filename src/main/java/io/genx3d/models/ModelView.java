package io.genx3d.models;

import java.time.Instant;
import java.util.List;

/** A model as the API shows it. */
public record ModelView(String id, String name, List<Part> parts, Instant createdAt, Instant updatedAt) {

    public static ModelView of(Model model) {
        return new ModelView(model.id(), model.name(), model.parts(), model.createdAt(), model.updatedAt());
    }
}
