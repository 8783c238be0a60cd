package io.genx3d.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Payara's HTTP engine (Grizzly 4) takes an answer's reason phrase from a table that has no entry for 422 or 429, so
 * every rate-limit refusal went out as {@code HTTP/1.1 429 CUSTOM}; since Servlet 6 an application can no longer set
 * the phrase itself. This adds the missing entries once at start-up. Elsewhere (WildFly, a newer Grizzly) the table
 * is not there or already right, and this does nothing. Clients must not depend on reason phrases (RFC 9110, 15.1;
 * HTTP/2 has none), but a status line that says CUSTOM looks broken to anyone reading it.
 */
@ApplicationScoped
public class ReasonPhrases {

    private static final Logger LOG = Logger.getLogger(ReasonPhrases.class.getName());
    private static final String GRIZZLY_STATUSES = "org.glassfish.grizzly.http.util.HttpStatus";

    /** The statuses genx3D answers that the table lacks. */
    private static final Map<Integer, String> MISSING = Map.of(422, "Unprocessable Content", 429, "Too Many Requests");

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        try {
            Class<?> statuses = Class.forName(GRIZZLY_STATUSES);
            Method register = statuses.getDeclaredMethod("register", int.class, String.class);
            register.setAccessible(true);
            for (Map.Entry<Integer, String> missing : MISSING.entrySet()) {
                Object status = statuses.getMethod("getHttpStatus", int.class).invoke(null, missing.getKey());
                if ("CUSTOM".equals(statuses.getMethod("getReasonPhrase").invoke(status))) {
                    register.invoke(null, missing.getKey(), missing.getValue());
                }
            }
        } catch (ClassNotFoundException notGrizzly) {
            // Another server: its own table decides.
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.fine(() -> "429's reason phrase stays the engine's: " + e);
        }
    }
}
