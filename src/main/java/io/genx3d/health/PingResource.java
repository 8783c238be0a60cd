package io.genx3d.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /api/v1/ping}: open, no database, the cheapest answer the API stack can give. Load balancers use it,
 * and the benchmark compares authenticated calls against it.
 */
@Path("/ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    @GET
    public Map<String, String> ping() {
        return PONG;
    }
}
