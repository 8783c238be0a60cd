package io.genx3d.support;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database a server under test uses, chosen per failsafe execution by the system property {@code it.database}:
 * the embedded default (H2, in the server's data directory) or {@code postgresql}, a {@link TestPostgres} started
 * once for the execution and stopped when it ends. Each server gets a database of its own in it.
 */
public final class TestDatabase implements BeforeAllCallback {

    private static volatile TestPostgres postgres;

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (isPostgres()) {
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(TestDatabase.class, key -> startPostgres(), Started.class);
        }
    }

    /** The settings for one more server: nothing on H2; on PostgreSQL a new database's URL and credentials. */
    public static Map<String, String> forNewServer(String purpose) {
        if (!isPostgres()) {
            return Map.of();
        }
        try {
            return postgres().environment(postgres().newDatabase(purpose));
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a database for " + purpose, e);
        }
    }

    public static TestPostgres postgres() {
        if (postgres == null) {
            throw new IllegalStateException(
                    "no test PostgreSQL: add @ExtendWith(TestDatabase.class), run with -Dit.database=postgresql");
        }
        return postgres;
    }

    private static Started startPostgres() {
        try {
            postgres = TestPostgres.start();
            return new Started(postgres);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test PostgreSQL", e);
        }
    }

    /** Stops the server when the whole execution is done (JUnit closes root-store resources then). */
    private record Started(TestPostgres postgres) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            postgres.close();
        }
    }
}
