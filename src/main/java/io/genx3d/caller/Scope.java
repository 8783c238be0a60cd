package io.genx3d.caller;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scope catalogue: the one place that says what a key may be allowed to do. The wire names
 * ({@code models:read}) are what clients send in {@code permissions} and see in errors.
 */
public enum Scope {
    MODELS_READ("models:read", "Read models and export them"),
    MODELS_WRITE("models:write", "Create, change and delete models"),
    CHAT_SEND("chat:send", "Send chat messages that build and edit models"),
    KEYS_READ("keys:read", "List and view the account's API keys"),
    KEYS_WRITE("keys:write", "Create and revoke the account's API keys"),
    USAGE_READ("usage:read", "Read the account's API usage"),
    USERS_READ("users:read", "List and view every account (admin accounts only)"),
    USERS_WRITE("users:write", "Change role, status and plan of any account and revoke its keys (admin accounts only)");

    private final String value;
    private final String description;

    Scope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    public static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }

    /** Wire names, sorted and space-separated: the {@code provided} of a 403 and the stored form. */
    public static String describe(Collection<Scope> scopes) {
        return scopes.stream().map(Scope::value).sorted().collect(Collectors.joining(" "));
    }

    /** The inverse of {@link #describe}; unknown names (from an older or newer catalogue) are dropped. */
    public static Set<Scope> parse(String described) {
        if (described == null || described.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(described.trim().split("\\s+"))
                .map(Scope::fromValue)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
