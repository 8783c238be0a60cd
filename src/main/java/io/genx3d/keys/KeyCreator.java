package io.genx3d.keys;

/**
 * Who made a project key: the member named with it, whose removal from the organization the key survives. Null for a
 * person's own key (its owner made it).
 */
public record KeyCreator(String accountId, String name, String email) {

    static KeyCreator of(ApiKey key) {
        if (key.project() == null) {
            return null;
        }
        return new KeyCreator(
                key.account().id(), key.account().name(), key.account().email());
    }
}
