package io.genx3d.caller;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's permission levels as named scope sets: read-only (every {@code :read} scope an ordinary account may
 * hold: "can only read data and models"), standard (adds "create and modify models", chat and key management)
 * and admin (the whole catalogue, including user management; only admin accounts may hold it).
 */
public enum Level {
    READ_ONLY("read_only", EnumSet.of(Scope.MODELS_READ, Scope.KEYS_READ, Scope.USAGE_READ)),
    STANDARD(
            "standard",
            EnumSet.of(
                    Scope.MODELS_READ,
                    Scope.KEYS_READ,
                    Scope.USAGE_READ,
                    Scope.MODELS_WRITE,
                    Scope.CHAT_SEND,
                    Scope.KEYS_WRITE)),
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

    public String description() {
        return switch (this) {
            case READ_ONLY -> "Can only read data and models";
            case STANDARD -> "Can create and modify models";
            case ADMIN -> "Full access including user management";
        };
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public static Optional<Level> fromValue(String value) {
        return Arrays.stream(values())
                .filter(level -> level.value.equals(value))
                .findFirst();
    }

    /** The first level (from the narrowest) whose scopes are exactly {@code scopes}, if any. */
    public static Optional<Level> matching(Set<Scope> scopes) {
        return Arrays.stream(values())
                .filter(level -> level.scopes.equals(scopes))
                .findFirst();
    }
}
