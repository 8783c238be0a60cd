package io.genx3d.keys;

import io.genx3d.caller.Level;
import io.genx3d.caller.Role;
import io.genx3d.caller.Scope;
import io.genx3d.json.JsonMapping;
import io.genx3d.ratelimit.RateLimited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/v1/scopes}: the scope catalogue and the levels, straight from {@link Scope} and {@link Level},
 * so clients need not hard-code them. Public, as the published OpenAPI document is: anyone may read it without a
 * credential, and a key sent along is authenticated, limited and counted as on any API call. One instance serves
 * every request: it holds nothing per request, and a request-scoped resource costs a new bean and new interceptors,
 * each with the container's injection pass, on every call.
 */
@Path("/scopes")
@ApplicationScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ScopesResource {

    public record ScopeView(String name, String description, boolean adminOnly) {}

    public record LevelView(String name, String description, List<String> permissions) {}

    public record Catalogue(List<ScopeView> scopes, List<LevelView> levels) {}

    /**
     * The catalogue is fixed at build time, so it is assembled and written as JSON once, in the shape of every body
     * ({@link JsonMapping}); each request sends the same bytes.
     */
    private static final byte[] CATALOGUE = JsonMapping.JSONB.toJson(build()).getBytes(StandardCharsets.UTF_8);

    @GET
    public byte[] catalogue() {
        return CATALOGUE;
    }

    private static Catalogue build() {
        List<ScopeView> scopes = Arrays.stream(Scope.values())
                .map(scope -> new ScopeView(
                        scope.value(),
                        scope.description(),
                        !Role.USER.allowedScopes().contains(scope)))
                .toList();
        List<LevelView> levels = Arrays.stream(Level.values())
                .map(level -> new LevelView(
                        level.value(),
                        level.description(),
                        level.scopes().stream().map(Scope::value).sorted().toList()))
                .toList();
        return new Catalogue(scopes, levels);
    }
}
