package io.genx3d.auth;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's permission levels as named scope sets: read-only ("can only read data and models"), standard
 * ("can create and modify models") and admin (everything in the catalogue, only for admin accounts).
 */
public enum Level {
    READ_ONLY("read_only", EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ)),
    STANDARD("standard", EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ,
            Scope.MODELS_WRITE, Scope.CHAT_SEND, Scope.KEYS_WRITE)),
    ADMIN("admin", EnumSet.allOf(Scope.class));

    private final String value;
    private final Set<Scope> scopes;

    Level(String value, Set<Scope> scopes) {
        this.value = value;
        this.scopes = Set.copyOf(scopes);
    }

    public String value() {
        return value;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public static Optional<Level> fromValue(String value) {
        return Arrays.stream(values()).filter(level -> level.value.equals(value)).findFirst();
    }

    /** The first level (from the narrowest) whose scopes are exactly {@code scopes}, if any. */
    public static Optional<Level> matching(Set<Scope> scopes) {
        return Arrays.stream(values()).filter(level -> level.scopes.equals(scopes)).findFirst();
    }
}
