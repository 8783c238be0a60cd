package io.genx3d.health;

import io.genx3d.storage.DatabaseProbe;
import io.genx3d.storage.Migrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve when the database answers and its schema is at the latest migration. A server that came up
 * while the database was away applies the migrations here, the first time the probe finds it back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe database;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = database.reachable();
        boolean migrated = reachable && migrations.ensureMigrated();
        return HealthCheckResponse.named("database")
                .status(reachable && migrated)
                .withData("reachable", reachable)
                .withData(
                        "migrations",
                        migrated ? "applied" : migrations.failure().orElse("pending"))
                .build();
    }
}
