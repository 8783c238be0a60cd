package io.genx3d.storage;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed on a lost connection three times, five seconds apart. With a connection
 * pool that validates connections that only delays the answer: during a database outage a caller would wait
 * ten seconds or more for the same {@code 503}. The pool already hands out only live connections, so retries
 * are turned off and an outage is answered at once. It is also where a datasource of the server's replaces the
 * WAR's own ({@link ServerDataSourceCustomizer}): EclipseLink takes one customizer per session.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
        ServerDataSourceCustomizer.customize(session);
    }
}
