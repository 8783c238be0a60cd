package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import io.genx3d.support.SharedServer;
import io.genx3d.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No full key, no key secret and no password at rest: keys are issued and used (successfully, after
 * revocation, mistyped) and passwords used (right and wrong), then every byte the shared server wrote — the database
 * (H2's files, or every row of every table on PostgreSQL), which holds the whole suite's data by then, and the
 * server log — is searched for each of them. (H2 writes every commit at once: WRITE_DELAY=0.)
 */
@Tag("postgresql")
class SecretsAtRestIT extends DeployedApiTest {

    private static final String WRONG_PASSWORD = "not my password at all 42";

    @Test
    void keysAndPasswordsAreNowhereInTheDatabaseOrTheLog() throws Exception {
        String email = Api.uniqueEmail("secrets");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        List<String> secrets = new ArrayList<>(List.of(
                Api.PASSWORD,
                WRONG_PASSWORD,
                session.cookie().substring(session.cookie().indexOf('=') + 1)));
        for (int i = 0; i < 3; i++) {
            Reply created = api.createKey(session, "{\"name\":\"secret " + i + "\"}");
            String key = created.json().getString("key");
            secrets.add(key);
            secrets.add(key.substring(11)); // everything after the displayed prefix
            assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
            assertEquals(401, api.get("/api/v1/models", bearer(key + "x")).status());
            if (i == 0) {
                api.delete("/api/v1/keys/" + created.json().getString("id"), session.headers());
                assertEquals(401, api.get("/api/v1/models", bearer(key)).status());
            }
        }
        assertEquals(
                401,
                api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + WRONG_PASSWORD + "\"}")
                        .status());

        String stored = TestDatabase.isPostgres()
                ? postgresRows(SharedServer.database())
                : filesUnder(SharedServer.dataDirectory());
        String log = SharedServer.log();
        assertTrue(stored.contains(email), "the search does see what was stored");
        assertTrue(log.contains("/api/v1/models"), "the search does see the log");
        for (String secret : secrets) {
            assertFalse(stored.contains(secret), "a secret is stored: " + secret.substring(0, 6) + "…");
            assertFalse(log.contains(secret), "a secret is in the log: " + secret.substring(0, 6) + "…");
        }
    }

    private static String filesUnder(Path directory) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                all.append(new String(bytes, StandardCharsets.ISO_8859_1))
                        .append(new String(bytes, StandardCharsets.UTF_16BE));
            }
        }
        return all.toString();
    }

    /** Every column of every row of every table in the test run's schema, as text. */
    private static String postgresRows(Map<String, String> database) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection db = DriverManager.getConnection(
                        database.get("GENX3D_DB_URL"),
                        database.get("GENX3D_DB_USER"),
                        database.get("GENX3D_DB_PASSWORD"));
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            assertTrue(tables.contains("api_keys"), tables.toString());
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            all.append(rows.getString(column)).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
