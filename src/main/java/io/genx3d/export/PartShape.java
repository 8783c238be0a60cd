package io.genx3d.export;

import java.util.List;

/**
 * What the exporters need of a model's part: its primitive and placement. A model's {@code Part} implements it,
 * so geometry stays below the models package and knows nothing of models, stores or requests.
 */
public interface PartShape {

    String name();

    /** A {@link Primitive} value, e.g. {@code "cube"}. */
    String primitive();

    List<Double> size();

    List<Double> position();

    /** Degrees about x, then y, then z. */
    List<Double> rotation();

    List<Double> scale();

    String color();
}
