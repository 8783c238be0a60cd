package io.genx3d.export;

import java.util.Arrays;
import java.util.Optional;

/** The shapes a part can be. {@code box} is accepted as another name for {@code cube}. */
public enum Primitive {
    CUBE,
    SPHERE,
    CYLINDER,
    CONE,
    TORUS,
    PLANE,
    PYRAMID,
    CAPSULE;

    /** The size a part gets when none is given: a unit cube, a unit-diameter sphere, a ring 1 wide, … */
    public java.util.List<Double> defaultSize() {
        return switch (this) {
            case TORUS -> java.util.List.of(1.0, 0.25, 1.0);
            case CAPSULE -> java.util.List.of(1.0, 2.0, 1.0);
            default -> java.util.List.of(1.0, 1.0, 1.0);
        };
    }

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Primitive> fromValue(String value) {
        if ("box".equals(value)) {
            return Optional.of(CUBE);
        }
        return Arrays.stream(values())
                .filter(primitive -> primitive.value().equals(value))
                .findFirst();
    }
}
