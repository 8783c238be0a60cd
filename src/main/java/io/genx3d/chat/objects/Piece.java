package io.genx3d.chat.objects;

import io.genx3d.export.Primitive;
import java.util.List;

/**
 * One piece of an object: a label people can name it by ("roof", "leg 1"), a shape, its full size (width, height,
 * depth), its centre relative to the object's base centre on the ground (y up), its colour ({@code #rrggbb}) and its
 * rotation in degrees about x, then y, then z. Lists rather than arrays, as a model's parts hold them.
 */
public record Piece(
        String label, Primitive shape, List<Double> size, List<Double> at, String colour, List<Double> rotation) {

    public Piece {
        size = List.copyOf(size);
        at = List.copyOf(at);
        rotation = List.copyOf(rotation);
    }
}
