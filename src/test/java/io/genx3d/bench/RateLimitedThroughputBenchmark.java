package io.genx3d.bench;

import io.genx3d.support.Api;
import io.genx3d.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What does authentication cost? The same request, the public {@code GET /api/v1/scopes} (identical body), with and
 * without a key, measured with {@code wrk} against the runnable jar started as an operator would (the optimising
 * compiler, {@code -Xmx512m}): with a key it is authenticated, scope-checked, rate-limited, counted and logged, so
 * the ratio is the whole cost of those. Each load — a moderate one and saturation — on a server with 10 keys
 * stored and the request log at INFO, the same with the log OFF, and with 1,000,000 keys stored. Also the server's
 * resident memory idle and under load and its longest GC pause. Prints figures; asserts nothing.
 * Run with {@code mvn -Pbench -DskipTests verify} (needs {@code apt-get install -y wrk}).
 */
public final class RateLimitedThroughputBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    /** Rounds per figure, each pair in alternating order; the figures printed are medians over them. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    /** Payara's request path takes the JIT compiler minutes to settle on two shared cores (60 s was too short). */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 180);

    private static final int MODERATE = Integer.getInteger("bench.connections.moderate", 8);
    private static final int SATURATION = Integer.getInteger("bench.connections.saturation", 64);
    /** The loads measured: moderate and saturation unless listed ({@code -Dbench.connections=8,32,64}). */
    private static final int[] LOADS = java.util.Arrays.stream(
                    System.getProperty("bench.connections", MODERATE + "," + SATURATION)
                            .split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    private static final int STORED_KEYS = Integer.getInteger("bench.keys", 1_000_000);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Xlog:gc:file=gc.log");
    private static final Pattern GC_PAUSE = Pattern.compile("Pause.* ([0-9.]+)ms$", Pattern.MULTILINE);

    private static final String[] NO_KEY = {};

    private RateLimitedThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        Path workDir = Files.createTempDirectory("genx3d-bench-keys");
        int port = RunningJar.freePort();
        String key;
        try (RunningJar server = start(workDir, port, "INFO")) {
            Api api = server.api();
            Api.Session session = api.newSession();
            key = api.createKeyValue(session, "{\"name\":\"bench\"}");
            for (int i = 1; i < 10; i++) {
                api.createKeyValue(session, "{\"name\":\"other " + i + "\"}");
            }
            server.stop();
        }
        List<Run> runs = new ArrayList<>();
        // Each measurement runs on a freshly started server, so runs differ only in what they name.
        runs.add(measure(workDir, port, key, "10 keys, log INFO", "INFO"));
        if (!Boolean.getBoolean("bench.first-only")) { // -Dbench.first-only=true: only the first, to compare two jars
            runs.add(measure(workDir, port, key, "10 keys, log OFF", "OFF"));
            long stored = fill(workDir.resolve("data"), STORED_KEYS);
            runs.add(measure(workDir, port, key, String.format(Locale.ROOT, "%,d keys, log INFO", stored), "INFO"));
        }
        print(runs);
    }

    private static RunningJar start(Path workDir, int port, String logLevel) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("GENX3D_RATELIMIT_DEFAULT", "1000000"); // the bench key must not run out
        environment.put("GENX3D_REQUEST_LOG_LEVEL", logLevel);
        // -Dbench.request-logs=false: the same jar without the account request logs (issue 30), to see what they cost.
        String requestLogs = System.getProperty("bench.request-logs");
        if (requestLogs != null) {
            environment.put("GENX3D_REQUEST_LOGS_ENABLED", requestLogs);
        }
        return RunningJar.startWithJvmOptions(workDir, port, environment, JVM_OPTIONS);
    }

    /** Medians over the rounds, and each round's own ratio (run back to back, so they show the noise). */
    private record Load(int connections, Wrk.Result open, Wrk.Result keyed, double[] roundRatios) {
        double ratio() {
            return keyed.requestsPerSecond() / open.requestsPerSecond();
        }

        String spread() {
            double[] sorted = roundRatios.clone();
            java.util.Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%.2f-%.2f", sorted[0], sorted[sorted.length - 1]);
        }
    }

    private record Run(String name, List<Load> loads, long idleRssMb, long loadedRssMb, double longestGcPauseMs) {}

    private static Run measure(Path workDir, int port, String key, String name, String logLevel) throws Exception {
        Files.deleteIfExists(workDir.resolve("gc.log"));
        try (RunningJar server = start(workDir, port, logLevel)) {
            String url = "http://127.0.0.1:" + port + "/api/v1/scopes";
            String bearer = "Authorization: Bearer " + key;
            String[] withKey = {bearer};
            long idle = residentMegabytes(server.pid());
            Wrk.run(url, WARM_UP_SECONDS / 2, SATURATION);
            Wrk.run(url, WARM_UP_SECONDS / 2, SATURATION, bearer);
            List<Load> loads = new ArrayList<>();
            long loaded = 0;
            for (int connections : LOADS) {
                List<Wrk.Result> open = new ArrayList<>();
                List<Wrk.Result> keyed = new ArrayList<>();
                double[] ratios = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    // Alternating which side goes first, so a drift (compilation, a flush, GC) favours neither.
                    boolean openFirst = round % 2 == 0;
                    Wrk.Result first = Wrk.run(url, SECONDS, connections, openFirst ? NO_KEY : withKey);
                    Wrk.Result second = Wrk.run(url, SECONDS, connections, openFirst ? withKey : NO_KEY);
                    open.add(openFirst ? first : second);
                    keyed.add(openFirst ? second : first);
                    ratios[round] = keyed.get(round).requestsPerSecond()
                            / open.get(round).requestsPerSecond();
                    loaded = Math.max(loaded, residentMegabytes(server.pid()));
                }
                loads.add(new Load(connections, Wrk.Result.median(open), Wrk.Result.median(keyed), ratios));
            }
            server.stop();
            return new Run(name, loads, idle, loaded, longestPause(workDir.resolve("gc.log")));
        }
    }

    private static void print(List<Run> runs) {
        System.out.printf(
                Locale.ROOT,
                "%-24s %5s | %-34s | %-34s | %6s %9s %10s%n",
                "GET /api/v1/scopes",
                "conns",
                "no key: req/s  p50  p99  p99.9 ms",
                "with key: req/s  p50  p99  p99.9 ms",
                "ratio",
                "+p99 ms",
                "rounds");
        for (Run run : runs) {
            for (Load load : run.loads) {
                System.out.printf(
                        Locale.ROOT,
                        "%-24s %5d | %8.0f %6.2f %6.2f %7.2f    | %8.0f %6.2f %6.2f %7.2f     | %6.3f %9.2f %10s%n",
                        run.name,
                        load.connections,
                        load.open.requestsPerSecond(),
                        load.open.p50Millis(),
                        load.open.p99Millis(),
                        load.open.p999Millis(),
                        load.keyed.requestsPerSecond(),
                        load.keyed.p50Millis(),
                        load.keyed.p99Millis(),
                        load.keyed.p999Millis(),
                        load.ratio(),
                        load.keyed.p99Millis() - load.open.p99Millis(),
                        load.spread());
            }
        }
        Run base = runs.get(0);
        if (runs.size() == 3) { // all three runs, not -Dbench.first-only
            Run logOff = runs.get(1);
            Run many = runs.get(2);
            System.out.printf(
                    Locale.ROOT,
                    "with key / without at saturation: %.3f (target >= 0.95); added p99 at %d connections: %.2f ms"
                            + " (target < 1)%n",
                    base.loads.getLast().ratio(),
                    MODERATE,
                    base.loads.getFirst().keyed.p99Millis()
                            - base.loads.getFirst().open.p99Millis());
            System.out.printf(
                    Locale.ROOT,
                    "with key, %s / %s at saturation: %.3f (target >= 0.98)%n",
                    many.name,
                    base.name,
                    many.loads.getLast().keyed.requestsPerSecond()
                            / base.loads.getLast().keyed.requestsPerSecond());
            System.out.printf(
                    Locale.ROOT,
                    "with key, log INFO / log OFF at saturation: %.3f (the request log's cost)%n",
                    base.loads.getLast().keyed.requestsPerSecond()
                            / logOff.loads.getLast().keyed.requestsPerSecond());
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "with key / without at saturation: %.3f; added p99 at %d connections: %.2f ms%n",
                    base.loads.getLast().ratio(),
                    MODERATE,
                    base.loads.getFirst().keyed.p99Millis()
                            - base.loads.getFirst().open.p99Millis());
        }
        for (Run run : runs) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: resident memory %d MB idle, %d MB under load; longest GC pause %.1f ms (-Xmx512m)%n",
                    run.name,
                    run.idleRssMb,
                    run.loadedRssMb,
                    run.longestGcPauseMs);
        }
        System.out.printf(
                Locale.ROOT,
                "(wrk -t2; each figure the median of %d rounds of %d s, open and keyed back to back in alternating"
                        + " order, after %d s of warm-up per server, on the same %d-core machine as the server;"
                        + " \"rounds\" is the range of the rounds' own ratios)%n",
                ROUNDS,
                SECONDS,
                WARM_UP_SECONDS,
                Runtime.getRuntime().availableProcessors());
    }

    private static long residentMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double longestPause(Path gcLog) throws Exception {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        Matcher pause = GC_PAUSE.matcher(Files.readString(gcLog));
        double longest = 0;
        while (pause.find()) {
            longest = Math.max(longest, Double.parseDouble(pause.group(1)));
        }
        return longest;
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
