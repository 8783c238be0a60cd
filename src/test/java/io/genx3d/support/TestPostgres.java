package io.genx3d.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server the tests own: {@code server-config/postgresql/owned-cluster.sh} runs Debian's binaries on a
 * data directory of its own and a free loopback port, so a test may stop it at will (the outage test does) and
 * {@code mvn verify} needs no prepared role, database or running service, and never touches the machine's own.
 */
public final class TestPostgres implements AutoCloseable {

    private static final Path SCRIPT =
            Path.of("server-config/postgresql/owned-cluster.sh").toAbsolutePath();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    public static final String USER = "genx3d";
    public static final String PASSWORD = "genx3d";

    private final Path directory;
    private final int port;

    private TestPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /**
     * Initialises and starts a new server. Its directory is under the system's temporary directory, not
     * target/, because as root the server runs as the postgres user, who must be able to reach it.
     */
    public static TestPostgres start() throws IOException, InterruptedException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "genx3d-pg-" + UUID.randomUUID());
        TestPostgres postgres = new TestPostgres(directory, RunningJar.freePort());
        postgres.startAgain();
        return postgres;
    }

    /** Starts the server after {@link #stop()}, on the same port and data. */
    public void startAgain() throws IOException, InterruptedException {
        run("start", directory.toString(), String.valueOf(port));
    }

    /** A fast shutdown: open connections are cut, as in a real outage. */
    public void stop() throws IOException, InterruptedException {
        run("stop", directory.toString());
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database in this server, for one server under test (one at a time: PostgreSQL copies template1). */
    public synchronized String newDatabase(String purpose) throws SQLException {
        String name = purpose.replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection admin = connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    /** The genx3D settings that point a server at {@code database}. */
    public Map<String, String> environment(String database) {
        Map<String, String> settings = new HashMap<>();
        settings.put("GENX3D_DB_URL", url(database));
        settings.put("GENX3D_DB_USER", USER);
        settings.put("GENX3D_DB_PASSWORD", PASSWORD);
        return settings;
    }

    /** Stops the server and deletes its files. */
    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        Directories.deleteTree(directory);
    }

    private static void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
