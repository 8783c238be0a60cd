package io.genx3d.usage;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes pending usage counts when the application stops. Payara Micro does not call {@code @PreDestroy} on
 * application-scoped beans when it is stopped with SIGTERM (payara/Payara#4573), but it does stop the web module,
 * so this listener is what makes "nothing counted is lost on a clean shutdown" true there. (By then the JTA
 * transaction service is gone, which is why {@link UsageStore} writes with plain JDBC.)
 */
@WebListener
public class FlushUsageOnShutdown implements ServletContextListener {

    @Inject
    UsageRecorder recorder;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        recorder.stop();
    }
}
