package io.genx3d.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Asks the database whether it is there: a pooled connection that answers JDBC's {@code isValid}. Used by the
 * readiness check and to tell an outage from a bug when a failure arrives without its cause (a transaction
 * whose commit failed reports only that it was rolled back).
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /**
     * Made when the application starts, so its datasource is looked up in the application's naming context: WildFly
     * runs health checks on a management thread, where {@code java:app} names cannot be found.
     */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // creating the bean is the point
    }

    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
