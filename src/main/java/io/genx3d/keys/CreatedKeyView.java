package io.genx3d.keys;

import java.time.Instant;
import java.util.List;

/** The answer to creating a key: the only response that ever contains the key itself. */
public record CreatedKeyView(
        String id,
        String key,
        String name,
        String prefix,
        String level,
        List<String> permissions,
        Integer rateLimit,
        Instant expiresAt,
        Instant createdAt) {

    static CreatedKeyView of(ApiKeys.CreatedKey created) {
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
                key.createdAt());
    }
}
