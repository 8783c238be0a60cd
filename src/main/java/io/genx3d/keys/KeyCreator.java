package io.genx3d.keys;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * Who made a project key: the member named with it, whose removal from the organization the key survives. Null for a
 * person's own key (its owner made it).
 */
// Also on the type: Yasson 3 decides whether a null property of a class-typed component is written from that class's
// own setting, not from the component's annotation (KeyViewJsonTest).
@JsonbNillable(false)
public record KeyCreator(String accountId, String name, String email) {

    static KeyCreator of(ApiKey key) {
        if (key.project() == null) {
            return null;
        }
        return new KeyCreator(
                key.account().id(), key.account().name(), key.account().email());
    }
}
