package io.genx3d.storage;

import io.genx3d.errors.DatabaseHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Asks the database whether it is there: a pooled connection that answers JDBC's {@code isValid}. Used by the
 * readiness check and to tell an outage from a bug when a failure arrives without its cause (a transaction
 * whose commit failed reports only that it was rolled back).
 */
@ApplicationScoped
public class DatabaseProbe implements DatabaseHealth {

    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    ApplicationDataSource dataSource;

    @Override
    public boolean reachable() {
        try (Connection connection = dataSource.get().getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
