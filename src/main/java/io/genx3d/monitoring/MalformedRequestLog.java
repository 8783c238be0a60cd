package io.genx3d.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A request line the web container cannot decode ({@code GET /%zz}) is refused by the container before any
 * application code runs, and the container logs it as a SEVERE error with a 40-line stack trace: anyone could fill
 * the log by sending them. While the application runs, such records of the container's logger become one line
 * each (with the container's message, which names the bad escape); every other record passes as it was.
 */
@ApplicationScoped
public class MalformedRequestLog {

    /** The web container's request-processing logger (Payara's Grizzly/Catalina adapter). */
    static final String CONTAINER_LOGGER = "jakarta.enterprise.web.core";

    private static final Logger LOG = Logger.getLogger(MalformedRequestLog.class.getName());

    private Filter previous;

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Logger container = Logger.getLogger(CONTAINER_LOGGER);
        previous = container.getFilter();
        container.setFilter(this::keep);
    }

    void atShutdown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object applicationStopping) {
        Logger.getLogger(CONTAINER_LOGGER).setFilter(previous);
    }

    boolean keep(LogRecord record) {
        if (isMalformedRequest(record.getThrown())) {
            LOG.warning(() -> "Refused a request the container could not decode: "
                    + record.getThrown().getMessage());
            return false;
        }
        return previous == null || previous.isLoggable(record);
    }

    static boolean isMalformedRequest(Throwable thrown) {
        return thrown instanceof IllegalArgumentException
                && thrown.getStackTrace().length > 0
                && thrown.getStackTrace()[0].getClassName().startsWith("org.glassfish.grizzly.http.util.");
    }
}
