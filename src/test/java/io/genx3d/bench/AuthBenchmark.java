package io.genx3d.bench;

import io.genx3d.keys.KeyFormat;
import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Prints what key verification costs against the runnable jar on this machine: throughput and latency of an
 * authenticated call, of a mistyped key (refused by checksum, no database work) and of an unknown well-formed
 * key (one index lookup that misses), and how often a revoked key is refused on the very next request.
 * Run with {@code mvn -Pbench -DskipTests verify}; it asserts nothing, it measures.
 */
public final class AuthBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4000);
    private static final int REVOCATIONS = Integer.getInteger("bench.revocations", 200);

    private AuthBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path workDir = Files.createTempDirectory("genx3d-bench");
        // Measures verification, not the limiters: neither the key's quota nor the guessing allowance may run out.
        Map<String, String> unlimited =
                Map.of("GENX3D_RATELIMIT_DEFAULT", "1000000", "GENX3D_RATELIMIT_AUTH_FAILURES", "1000000");
        try (RunningJar server = RunningJar.start(workDir, RunningJar.freePort(), unlimited)) {
            Api api = server.api();
            Api.Session session = api.newSession();
            String key = api.createKeyValue(session, "{\"name\":\"bench\"}");
            String mistyped = key.substring(0, 20) + (key.charAt(20) == 'a' ? 'b' : 'a') + key.substring(21);
            String unknown = KeyFormat.newKey();

            measure(api, "warm-up (valid key)", () -> Api.bearer(key), 200);
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %8s %10s %9s %9s %9s%n",
                    "scenario",
                    "status",
                    "req/s",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms");
            measure(api, "valid key, GET /api/v1/models", () -> Api.bearer(key), 200);
            measure(api, "mistyped key (checksum)", () -> Api.bearer(mistyped), 401);
            measure(api, "unknown well-formed key", () -> Api.bearer(unknown), 401);
            revocations(api, session);
        }
    }

    private static void measure(Api api, String scenario, Supplier<String[]> headers, int expectedStatus)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long[] latencies = new long[REQUESTS];
        List<Future<Integer>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int index = i;
            results.add(pool.submit(() -> {
                long before = System.nanoTime();
                Reply reply = api.get("/api/v1/models?limit=1", headers.get());
                latencies[index] = System.nanoTime() - before;
                return reply.status();
            }));
        }
        int unexpected = 0;
        for (Future<Integer> result : results) {
            if (result.get() != expectedStatus) {
                unexpected++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(
                Locale.ROOT,
                "%-34s %8s %10.0f %9.2f %9.2f %9.2f%s%n",
                scenario,
                expectedStatus,
                REQUESTS / seconds,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99),
                unexpected == 0 ? "" : "  (" + unexpected + " unexpected statuses!)");
    }

    private static void revocations(Api api, Api.Session session) {
        int refusedAtOnce = 0;
        for (int i = 0; i < REVOCATIONS; i++) {
            Reply created = api.createKey(session, "{\"name\":\"revoke " + i + "\"}");
            String key = created.json().getString("key");
            api.get("/api/v1/models", Api.bearer(key));
            api.delete("/api/v1/keys/" + created.json().getString("id"), session.headers());
            if (api.get("/api/v1/models", Api.bearer(key)).status() == 401) {
                refusedAtOnce++;
            }
        }
        System.out.printf(
                Locale.ROOT, "revoked keys refused on the very next request: %d of %d%n", refusedAtOnce, REVOCATIONS);
        System.out.printf(
                Locale.ROOT,
                "(%d client threads, %d requests per scenario, loopback, %d cores)%n",
                THREADS,
                REQUESTS,
                Runtime.getRuntime().availableProcessors());
    }

    private static double percentile(long[] sortedNanos, int percent) {
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }
}
