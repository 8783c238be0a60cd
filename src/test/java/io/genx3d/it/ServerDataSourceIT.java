package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.support.Api;
import io.genx3d.support.RunningJar;
import io.genx3d.support.TestDatabase;
import io.genx3d.support.TestPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GENX3D_DB_JNDI_NAME}: the database is a JDBC resource the application server provides, not the WAR's own
 * datasource. The runnable jar is given a PostgreSQL pool and resource by post-boot commands (the driver added
 * with {@code --addlibs}), in a schema of this test's own; everything genx3D writes — the migrations, the account,
 * its key, the model built by chat — must land there, whatever {@code GENX3D_DB_URL} says.
 * Runs in the PostgreSQL execution only, on a database of its own in the tests' PostgreSQL.
 */
@Tag("postgresql-only")
@ExtendWith(TestDatabase.class)
class ServerDataSourceIT extends RunningJarTest {

    private static final String RESOURCE = "jdbc/genx3d-server";

    @Test
    void everythingIsWrittenThroughTheServersDatasource() throws Exception {
        String schema = "server_ds_" + System.currentTimeMillis();
        TestPostgres postgres = TestDatabase.postgres();
        String databaseName = postgres.newDatabase("server_datasource");
        URI address = URI.create(postgres.url(databaseName).substring("jdbc:".length()));
        Path workDir = workDir("server-datasource");
        Path commands = workDir.resolve("post-boot.asadmin");
        Files.writeString(
                commands,
                "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                        + " --restype javax.sql.DataSource --property user=genx3d:password=genx3d:serverName=127.0.0.1"
                        + ":portNumber=" + address.getPort() + ":databaseName=" + databaseName + ":currentSchema="
                        + schema
                        + " genx3d-server-pool\n"
                        + "create-jdbc-resource --connectionpoolid genx3d-server-pool " + RESOURCE + "\n");
        Path driver = Path.of(org.postgresql.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        server = RunningJar.start(
                workDir,
                RunningJar.freePort(),
                Map.of(
                        "GENX3D_DB_JNDI_NAME",
                        RESOURCE,
                        "GENX3D_DB_SCHEMA",
                        schema,
                        // a decoy: with a JNDI name set, the WAR's own datasource settings must not be used
                        "GENX3D_DB_URL",
                        postgres.url(postgres.newDatabase("decoy")),
                        "GENX3D_DB_USER",
                        TestPostgres.USER,
                        "GENX3D_DB_PASSWORD",
                        TestPostgres.PASSWORD),
                "--addlibs",
                driver.toString(),
                "--postbootcommandfile",
                commands.toString());
        Api api = server.api();
        String email = Api.uniqueEmail("server-datasource");
        api.signUp(email);
        String key = api.createKeyValue(api.logIn(email), "{\"name\":\"through the server's pool\"}");
        assertEquals(
                200,
                api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(key))
                        .status());

        try (Connection database = DriverManager.getConnection(
                postgres.url(databaseName) + "?currentSchema=" + schema, TestPostgres.USER, TestPostgres.PASSWORD)) {
            String account = single(database, "SELECT id FROM accounts WHERE email = ?", email);
            assertEquals("1", single(database, "SELECT COUNT(*) FROM api_keys WHERE account_id = ?", account));
            assertEquals("1", single(database, "SELECT COUNT(*) FROM models WHERE account_id = ?", account));
            // Every migration the WAR ships for PostgreSQL was applied there (versions compared as numbers: "10" >
            // "9").
            assertEquals(
                    latestMigration(),
                    Integer.parseInt(single(
                            database,
                            "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = ?",
                            true)));
        }
    }

    /** The newest of the common migrations and PostgreSQL's own. */
    private static int latestMigration() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.util.stream.Stream.concat(
                Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/resources/db/postgresql")))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
    }

    private static String single(Connection database, String query, Object parameter) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(query)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row for " + query + " with " + parameter);
                }
                return rows.getString(1);
            }
        }
    }
}
