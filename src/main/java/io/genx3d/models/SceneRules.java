package io.genx3d.models;

import java.util.List;
import java.util.Optional;

/**
 * The limits every scene keeps, however it was made: at most {@link PartsParser#MAX_PARTS} parts, every number
 * finite and within {@link PartsParser#MAX_COORDINATE}, sizes and scales positive. {@link PartsParser} applies them
 * to request bodies field by field; the chat applies them to the scene a message would produce.
 */
public final class SceneRules {

    private SceneRules() {}

    /** What is wrong with the scene, worded for a person, or empty when it keeps every limit. */
    public static Optional<String> problemWith(List<Part> scene) {
        if (scene.size() > PartsParser.MAX_PARTS) {
            return Optional.of("a model holds at most " + PartsParser.MAX_PARTS + " parts");
        }
        for (Part part : scene) {
            if (!within(part.position(), false) || !within(part.rotation(), false)) {
                return Optional.of(part.name() + " would be placed beyond " + (long) PartsParser.MAX_COORDINATE
                        + " units from the origin");
            }
            if (!within(part.size(), true) || !within(part.scale(), true)) {
                return Optional.of(
                        part.name() + "'s size must stay positive and at most " + (long) PartsParser.MAX_COORDINATE);
            }
        }
        return Optional.empty();
    }

    private static boolean within(List<Double> vector, boolean positive) {
        return vector.stream()
                .allMatch(value -> Double.isFinite(value)
                        && Math.abs(value) <= PartsParser.MAX_COORDINATE
                        && (!positive || value > 0));
    }
}
