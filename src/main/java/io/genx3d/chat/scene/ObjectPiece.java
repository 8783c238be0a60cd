package io.genx3d.chat.scene;

import io.genx3d.export.Primitive;
import java.util.List;

/** One piece of a library object, relative to the object's base centre on the ground: label, shape, size, centre. */
public record ObjectPiece(
        String label, Primitive shape, List<Double> size, List<Double> at, String colour, List<Double> rotation) {}
