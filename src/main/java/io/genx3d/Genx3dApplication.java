package io.genx3d;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JAX-RS application: every resource lives under {@code /api/v1}, and resources and providers are found by
 * scanning. The one property makes Jersey write error statuses as ordinary responses, so the container never
 * swaps our JSON error body for its own error page.
 */
@ApplicationPath("/api/v1")
public class Genx3dApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
