package io.genx3d.bench;

import io.genx3d.support.Api;
import io.genx3d.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * Does authentication and rate limiting cost much, and does the cost grow with the number of stored keys?
 * Measures with {@code wrk} against the runnable jar: the open {@code GET /api/v1/ping} (baseline) and an
 * authenticated, rate-limited {@code GET /api/v1/scopes}, first with 10 keys stored, then after filling the
 * database to 1,000,000 keys. Prints the figures and the ratios; asserts nothing.
 * Run with {@code mvn -Pbench -DskipTests verify} (needs {@code apt-get install -y wrk}).
 */
public final class RateLimitedThroughputBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    /** A freshly started server needs this long under load before its JIT-compiled code settles. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 15);

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int STORED_KEYS = Integer.getInteger("bench.keys", 1_000_000);
    /** The bench key must not run out during the runs: the highest limit the server allows. */
    private static final Map<String, String> ENVIRONMENT = Map.of("GENX3D_RATELIMIT_DEFAULT", "1000000");

    private RateLimitedThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        Path workDir = Files.createTempDirectory("genx3d-bench-keys");
        int port = RunningJar.freePort();
        String key;
        Row small;
        try (RunningJar server = RunningJar.start(workDir, port, ENVIRONMENT)) {
            Api api = server.api();
            Api.Session session = api.newSession();
            key = api.createKeyValue(session, "{\"name\":\"bench\"}");
            for (int i = 1; i < 10; i++) {
                api.createKeyValue(session, "{\"name\":\"other " + i + "\"}");
            }
            server.stop();
        }
        // Both measurements run on a freshly started server, so they differ only in what the database holds.
        try (RunningJar server = RunningJar.start(workDir, port, ENVIRONMENT)) {
            small = measure(port, key, "10 keys stored");
            server.stop();
        }
        long stored = fill(workDir.resolve("data"), STORED_KEYS);
        Row large;
        try (RunningJar server = RunningJar.start(workDir, port, ENVIRONMENT)) {
            large = measure(port, key, String.format(Locale.ROOT, "%,d keys stored", stored));
            server.stop();
        }
        System.out.printf(
                Locale.ROOT,
                "%-22s %-24s %10s %9s %9s %8s%n",
                "database",
                "endpoint",
                "req/s",
                "p50 ms",
                "p99 ms",
                "non-2xx");
        small.print();
        large.print();
        System.out.printf(
                Locale.ROOT,
                "authenticated / ping: %.3f with 10 keys, %.3f with %,d keys (target >= 0.9)%n",
                small.ratio(),
                large.ratio(),
                stored);
        System.out.printf(
                Locale.ROOT,
                "authenticated with %,d keys / with 10 keys: %.3f (target >= 0.95); "
                        + "the same ratio relative to each run's ping: %.3f%n",
                stored,
                large.authenticated.requestsPerSecond() / small.authenticated.requestsPerSecond(),
                large.ratio() / small.ratio());
        System.out.printf(
                Locale.ROOT,
                "(wrk -t2 -c%d -d%ds after %ds of warm-up per endpoint, on the same %d-core machine"
                        + " as the server)%n",
                CONNECTIONS,
                SECONDS,
                WARM_UP_SECONDS,
                Runtime.getRuntime().availableProcessors());
    }

    private record Row(String database, Wrk.Result ping, Wrk.Result authenticated) {
        double ratio() {
            return authenticated.requestsPerSecond() / ping.requestsPerSecond();
        }

        void print() {
            line("GET /api/v1/ping", ping);
            line("GET /api/v1/scopes + key", authenticated);
        }

        private void line(String endpoint, Wrk.Result result) {
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %-24s %10.0f %9.2f %9.2f %8d%n",
                    database,
                    endpoint,
                    result.requestsPerSecond(),
                    result.p50Millis(),
                    result.p99Millis(),
                    result.non2xx());
        }
    }

    private static Row measure(int port, String key, String database) throws Exception {
        String base = "http://127.0.0.1:" + port + "/api/v1/";
        Wrk.run(base + "ping", WARM_UP_SECONDS, CONNECTIONS);
        Wrk.run(base + "scopes", WARM_UP_SECONDS, CONNECTIONS, "Authorization: Bearer " + key);
        Wrk.Result ping = Wrk.run(base + "ping", SECONDS, CONNECTIONS);
        Wrk.Result authenticated = Wrk.run(base + "scopes", SECONDS, CONNECTIONS, "Authorization: Bearer " + key);
        return new Row(database, ping, authenticated);
    }

    /** Adds keys straight into the stopped server's H2 file, in one SQL statement, until there are {@code total}. */
    private static long fill(Path dataDir, int total) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("genx3d").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "genx3d", "genx3d");
                Statement sql = db.createStatement()) {
            String accountId;
            try (ResultSet account = sql.executeQuery("SELECT account_id FROM api_keys LIMIT 1")) {
                account.next();
                accountId = account.getString(1);
            }
            sql.executeUpdate("INSERT INTO api_keys (id, account_id, name, prefix, key_hash, scopes, created_at) "
                    + "SELECT 'key_bench' || X, '" + accountId + "', 'filler', 'sk-filler0', "
                    + "LOWER(RAWTOHEX(HASH('SHA-256', CAST(X AS VARCHAR)))), 'models:read', CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, " + (total - 10) + ")");
            long stored;
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM api_keys")) {
                count.next();
                stored = count.getLong(1);
            }
            // Compact now, so H2 does not spend the measurement compacting the freshly filled file in the background.
            sql.execute("SHUTDOWN COMPACT");
            return stored;
        }
    }
}
