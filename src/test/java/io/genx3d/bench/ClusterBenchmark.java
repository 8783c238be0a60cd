package io.genx3d.bench;

import io.genx3d.support.Api;
import io.genx3d.support.ClusterOptions;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import io.genx3d.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 14's figures, in one run on this machine (a PostgreSQL of its own, everything on loopback): throughput and
 * latency of an authenticated, rate-limited request on one node with its buckets in memory; on one node whose buckets
 * and verified keys are in a data grid of its own (the grid's cost without a second JVM on the same cores); and on a
 * two-node cluster with its buckets and verified keys in the data grid, requests alternating between the nodes. Then
 * 200 revocations, each answered by one node while the other is asked at once, counting what it still accepted. Run
 * with {@code mvn -Pbench -DskipTests verify} (or its {@code cluster-benchmark} execution); it asserts nothing.
 */
public final class ClusterBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 6000);
    private static final int REVOCATIONS = Integer.getInteger("bench.revocations", 200);
    /**
     * Payara's request path takes the JIT compiler minutes to settle on two shared cores (throughput climbs
     * five-fold over the first 60,000 requests), so each scenario is warmed up this long before it is measured.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 120);
    /** Measured rounds per scenario; the median round is printed. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private ClusterBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (TestPostgres postgres = TestPostgres.start()) {
            double single;
            try (RunningJar node = RunningJar.startLongLived(
                    Files.createTempDirectory("genx3d-bench-single"),
                    RunningJar.freePort(),
                    settings(postgres, "bench_single"))) {
                Api api = node.api();
                String key = api.createKeyValue(api.newSession(), "{\"name\":\"bench\"}");
                warmUp(new Api[] {api}, key);
                header();
                single = measure("one node, buckets in memory", new Api[] {api}, key);
            }
            // The grid's own cost, without a second JVM on the same cores: one node, buckets and keys in its grid.
            int gridAlone = RunningJar.freePort();
            try (RunningJar alone = clusterNode(
                    "alone", settings(postgres, "bench_grid_alone"), "tcpip:127.0.0.1:" + gridAlone, gridAlone)) {
                Api api = alone.api();
                String key = api.createKeyValue(api.newSession(), "{\"name\":\"bench\"}");
                warmUp(new Api[] {api}, key);
                measure("one node, data grid of one", new Api[] {api}, key);
            }
            Map<String, String> shared = settings(postgres, "bench_cluster");
            int gridA = RunningJar.freePort();
            int gridB = RunningJar.freePort();
            String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
            try (RunningJar a = clusterNode("a", shared, members, gridA);
                    RunningJar b = clusterNode("b", shared, members, gridB)) {
                Api[] nodes = {a.api(), b.api()};
                String key = nodes[0].createKeyValue(nodes[0].newSession(), "{\"name\":\"bench\"}");
                warmUp(nodes, key);
                double cluster = measure("two nodes, data grid, alternating", nodes, key);
                System.out.printf(Locale.ROOT, "throughput ratio, cluster / one node: %.2f%n", cluster / single);
                revocations(nodes);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "(%d client threads, %d requests per round, %d s of warm-up per scenario, loopback, %d cores)%n",
                THREADS,
                REQUESTS,
                WARM_UP_SECONDS,
                Runtime.getRuntime().availableProcessors());
    }

    private static Map<String, String> settings(TestPostgres postgres, String database) throws Exception {
        Map<String, String> settings = new HashMap<>(postgres.environment(postgres.newDatabase(database)));
        settings.put("GENX3D_KEYS_PEPPER", "bench-pepper-0123456789abcdefghijklmnop");
        settings.put("GENX3D_AUDIT_CHAIN_KEY", "bench-chain-key-0123456789abcdefghijklmnop");
        settings.put("GENX3D_RATELIMIT_DEFAULT", "100000000");
        settings.put("GENX3D_REQUEST_LOG_LEVEL", "OFF");
        return settings;
    }

    private static RunningJar clusterNode(String name, Map<String, String> settings, String members, int gridPort)
            throws Exception {
        Path workDir = Files.createTempDirectory("genx3d-bench-node-" + name);
        return RunningJar.startLongLivedWith(
                workDir, RunningJar.freePort(), settings, ClusterOptions.onLoopback(members, gridPort, "genx3d-bench"));
    }

    private static void header() {
        System.out.printf(Locale.ROOT, "%-36s %10s %9s %9s %9s%n", "scenario", "req/s", "p50 ms", "p99 ms", "non-200");
    }

    private static void warmUp(Api[] nodes, String key) throws Exception {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < until) {
            round(nodes, key);
        }
    }

    /** The median of {@link #ROUNDS} rounds, printed; its throughput is returned. */
    private static double measure(String scenario, Api[] nodes, String key) throws Exception {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(round(nodes, key));
        }
        rounds.sort(java.util.Comparator.comparingDouble(Round::perSecond));
        Round median = rounds.get(rounds.size() / 2);
        System.out.printf(
                Locale.ROOT,
                "%-36s %10.0f %9.2f %9.2f %9d   (rounds: %s req/s)%n",
                scenario,
                median.perSecond,
                median.p50Millis,
                median.p99Millis,
                median.unexpected,
                rounds.stream()
                        .map(r -> String.format(Locale.ROOT, "%.0f", r.perSecond))
                        .toList());
        return median.perSecond;
    }

    private record Round(double perSecond, double p50Millis, double p99Millis, int unexpected) {}

    private static Round round(Api[] nodes, String key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long[] latencies = new long[REQUESTS];
        List<Future<Integer>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int index = i;
            Api node = nodes[i % nodes.length];
            results.add(pool.submit(() -> {
                long before = System.nanoTime();
                Reply reply = node.get("/api/v1/scopes", Api.bearer(key));
                latencies[index] = System.nanoTime() - before;
                return reply.status();
            }));
        }
        int unexpected = 0;
        for (Future<Integer> result : results) {
            unexpected += result.get() == 200 ? 0 : 1;
        }
        double perSecond = REQUESTS / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        Arrays.sort(latencies);
        return new Round(
                perSecond, latencies[REQUESTS / 2] / 1e6, latencies[(int) (REQUESTS * 0.99)] / 1e6, unexpected);
    }

    /** Each key is revoked on one node and at once asked for on the other, five times; every 200 there is counted. */
    private static void revocations(Api[] nodes) {
        Api.Session session = nodes[0].newSession();
        int acceptedAfter = 0;
        for (int i = 0; i < REVOCATIONS; i++) {
            Api revoking = nodes[i % 2];
            Api other = nodes[(i + 1) % 2];
            Reply created = nodes[0].createKey(session, "{\"name\":\"revoke " + i + "\"}");
            String key = created.json().getString("key");
            other.get("/api/v1/scopes", Api.bearer(key));
            revoking.delete("/api/v1/keys/" + created.json().getString("id"), session.headers());
            for (int ask = 0; ask < 5; ask++) {
                acceptedAfter += other.get("/api/v1/scopes", Api.bearer(key)).status() == 200 ? 1 : 0;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "revocations alternating nodes: %d; requests the other node accepted after the 204: %d of %d%n",
                REVOCATIONS,
                acceptedAfter,
                5 * REVOCATIONS);
    }
}
