package io.genx3d.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How every body genx3D writes is shaped: snake_case names (Java records stay camelCase), fields in alphabetical
 * order (stable across JVMs; the error envelope pins the seed's code, message, details order), and null fields
 * written out rather than dropped, so a client sees {@code "expires_at": null} instead of guessing. One
 * instance serves JAX-RS and the servlet-level error writers alike.
 */
@Provider
public class JsonMapping implements ContextResolver<Jsonb> {

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
            .withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
