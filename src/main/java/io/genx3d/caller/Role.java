package io.genx3d.caller;

import java.util.Set;

/** What an account is; its role bounds every key and session the account has. */
public enum Role {
    USER("user", Level.STANDARD),
    ADMIN("admin", Level.ADMIN);

    private final String value;
    private final Level ceiling;

    Role(String value, Level ceiling) {
        this.value = value;
        this.ceiling = ceiling;
    }

    public String value() {
        return value;
    }

    public static java.util.Optional<Role> fromValue(String value) {
        return java.util.Arrays.stream(values())
                .filter(role -> role.value.equals(value))
                .findFirst();
    }

    /** The scopes any key or session of such an account may hold. */
    public Set<Scope> allowedScopes() {
        return ceiling.scopes();
    }

    public boolean mayUse(Level level) {
        return allowedScopes().containsAll(level.scopes());
    }
}
