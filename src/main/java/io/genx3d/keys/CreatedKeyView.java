package io.genx3d.keys;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * The answer to creating or rolling a key: the only response that ever contains the key itself; {@code replaces} names
 * the key a roll replaced (null for a new key).
 */
public record CreatedKeyView(
        String id,
        String key,
        String name,
        String prefix,
        String level,
        List<String> permissions,
        Integer rateLimit,
        Instant expiresAt,
        Instant createdAt,
        List<String> allowedIps,
        String replaces,
        // Only a project key has these: a person's key answers exactly the fields it always did.
        @JsonbNillable(false) String projectId,
        @JsonbNillable(false) KeyCreator createdBy) {

    public static CreatedKeyView of(ApiKeys.CreatedKey created) {
        ApiKey key = created.apiKey();
        return new CreatedKeyView(
                key.id(),
                created.key(),
                key.name(),
                key.prefix(),
                KeyView.levelOf(key),
                KeyView.permissionsOf(key),
                key.rateLimit(),
                key.expiresAt(),
                key.createdAt(),
                key.allowedIps().entries(),
                key.replaces(),
                KeyView.projectIdOf(key),
                KeyCreator.of(key));
    }
}
