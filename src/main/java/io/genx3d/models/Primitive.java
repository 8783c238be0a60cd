package io.genx3d.models;

import java.util.Arrays;
import java.util.Optional;

/** The shapes a part can be. {@code box} is accepted as another name for {@code cube}. */
public enum Primitive {
    CUBE, SPHERE, CYLINDER, CONE, TORUS, PLANE, PYRAMID, CAPSULE;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Primitive> fromValue(String value) {
        if ("box".equals(value)) {
            return Optional.of(CUBE);
        }
        return Arrays.stream(values()).filter(primitive -> primitive.value().equals(value)).findFirst();
    }
}
