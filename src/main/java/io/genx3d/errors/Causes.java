package io.genx3d.errors;

import java.util.stream.Stream;

/**
 * A failure and what caused it, outermost first, as the persistence layers wrap it (EclipseLink, JTA, the pool,
 * JAX-RS). Bounded, so a cause chain that loops back on itself cannot hang the caller.
 */
final class Causes {

    private static final int MAX_DEPTH = 32;

    private Causes() {}

    static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null, Throwable::getCause)
                .limit(MAX_DEPTH);
    }
}
