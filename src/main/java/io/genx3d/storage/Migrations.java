package io.genx3d.storage;

import io.genx3d.errors.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Creates and evolves the schema with Flyway's versioned scripts ({@code db/migration/V*__*.sql}) when the
 * application starts, on H2 and PostgreSQL alike; JPA never generates DDL. A database made by an older build
 * (schema from EclipseLink, no history table) is taken as version 1, which is what that schema is. If the
 * database cannot be reached at start-up the failure is kept, readiness says so, and the next
 * {@link #ensureMigrated()} (the readiness probe) tries again.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Inject
    ApplicationDataSource dataSource;

    /** A schema of its own (PostgreSQL), created if missing; the URL's currentSchema must name the same one. */
    @Inject
    @ConfigProperty(name = "genx3d.db.schema")
    Optional<String> schema;

    private volatile boolean applied;
    private volatile String failure = "not run yet";

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        ensureMigrated();
    }

    /**
     * {@code h2} or {@code postgresql}: the folder of the migrations for this database only (PostgreSQL's audit-log
     * trigger), beside the common ones.
     */
    private String vendor() {
        try (Connection connection = dataSource.get().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Could not ask the database what it is", unreachable);
        }
    }

    /** Migrates unless that already happened; true when the schema is current. */
    public synchronized boolean ensureMigrated() {
        if (applied) {
            return true;
        }
        try {
            FluentConfiguration configuration = Flyway.configure(Migrations.class.getClassLoader());
            schema.filter(name -> !name.isBlank())
                    .ifPresent(name -> configuration.schemas(name).createSchemas(true));
            Flyway flyway = configuration
                    .dataSource(dataSource.get())
                    .locations("classpath:db/migration", "classpath:db/" + vendor())
                    .baselineOnMigrate(true)
                    .baselineVersion("1")
                    .load();
            int executed = flyway.migrate().migrationsExecuted;
            MigrationInfo current = flyway.info().current();
            LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                    + executed + " migration(s) applied now)");
            applied = true;
            failure = null;
        } catch (RuntimeException unreachableOrBroken) {
            failure = DatabaseUnavailable.isCause(unreachableOrBroken)
                    ? "database unreachable"
                    : "failed (see the server log)";
            LOG.log(
                    Level.SEVERE,
                    "Database migration failed; the API answers 503 until it succeeds",
                    unreachableOrBroken);
        }
        return applied;
    }

    /** Why the schema is not current, if it is not. */
    public Optional<String> failure() {
        return applied ? Optional.empty() : Optional.ofNullable(failure);
    }
}
