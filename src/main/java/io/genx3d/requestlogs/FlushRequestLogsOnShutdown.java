package io.genx3d.requestlogs;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes pending request logs when the application stops: Payara Micro stopped with SIGTERM does not call
 * {@code @PreDestroy} on application-scoped beans (payara/Payara#4573) but does stop the web module (as for usage).
 */
@WebListener
public class FlushRequestLogsOnShutdown implements ServletContextListener {

    @Inject
    RequestLogWriter writer;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        writer.stop();
    }
}
