package io.genx3d.bench;

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

/**
 * Prints what the audit log costs the requests that write it and the ones that do not, against the jar named by
 * {@code -Dapp.jar} (run it on a build from before the audit log and on one after, and compare): the latency of
 * creating and revoking a key (each writes its audit event in the same transaction), and the throughput of an
 * authenticated read at moderate load and at saturation (which records nothing). Each figure is the median of
 * {@code bench.rounds} rounds. Measures; asserts nothing.
 */
public final class AuditCostBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int WRITES = Integer.getInteger("bench.writes", 300);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);

    private AuditCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        Path workDir = Files.createTempDirectory("genx3d-audit-bench");
        Map<String, String> unlimited = Map.of(
                "GENX3D_RATELIMIT_DEFAULT", "100000000",
                "GENX3D_KEYS_MAX_ACTIVE_PER_ACCOUNT", "1000000",
                "GENX3D_REQUEST_LOG_LEVEL", "OFF");
        try (RunningJar server = RunningJar.startLongLived(workDir, RunningJar.freePort(), unlimited)) {
            Api api = server.api();
            Api.Session session = api.newSession();
            String key = api.createKeyValue(session, "{\"name\":\"reader\"}");
            String url = api.base() + "api/v1/models?limit=1";
            String auth = "Authorization: Bearer " + key;
            writes(api, session, 100); // warm-up
            Wrk.run(url, SECONDS, 64, auth);
            List<double[]> creations = new ArrayList<>();
            List<Wrk.Result> moderate = new ArrayList<>();
            List<Wrk.Result> saturated = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                creations.add(writes(api, session, WRITES));
                moderate.add(Wrk.run(url, SECONDS, 8, auth));
                saturated.add(Wrk.run(url, SECONDS, 64, auth));
            }
            double[] create = median(creations);
            Wrk.Result eight = Wrk.Result.median(moderate);
            Wrk.Result sixtyFour = Wrk.Result.median(saturated);
            System.out.printf(
                    Locale.ROOT,
                    "AuditCostBenchmark: %s, median of %d rounds%n",
                    System.getProperty("app.jar"),
                    ROUNDS);
            System.out.printf(
                    Locale.ROOT,
                    "  create + revoke a key (%d each, one client): create p50 %.2f ms, p99 %.2f ms; revoke p50 %.2f ms,"
                            + " p99 %.2f ms%n",
                    WRITES,
                    create[0],
                    create[1],
                    create[2],
                    create[3]);
            System.out.printf(
                    Locale.ROOT,
                    "  GET /models with a key, 8 conns: %.0f req/s, p99 %.2f ms; 64 conns: %.0f req/s, p99 %.2f ms%n",
                    eight.requestsPerSecond(),
                    eight.p99Millis(),
                    sixtyFour.requestsPerSecond(),
                    sixtyFour.p99Millis());
        }
    }

    /** {p50 create, p99 create, p50 revoke, p99 revoke} in milliseconds. */
    private static double[] writes(Api api, Api.Session session, int count) {
        long[] creates = new long[count];
        long[] revokes = new long[count];
        for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            Reply created = api.createKey(session, "{\"name\":\"bench " + i + "\"}");
            creates[i] = System.nanoTime() - before;
            if (created.status() != 201) {
                throw new IllegalStateException("creation answered " + created.status() + ": " + created.body());
            }
            before = System.nanoTime();
            int revoked = api.delete("/api/v1/keys/" + created.json().getString("id"), session.headers())
                    .status();
            revokes[i] = System.nanoTime() - before;
            if (revoked != 204) {
                throw new IllegalStateException("revocation answered " + revoked);
            }
        }
        Arrays.sort(creates);
        Arrays.sort(revokes);
        return new double[] {
            percentile(creates, 50), percentile(creates, 99), percentile(revokes, 50), percentile(revokes, 99)
        };
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    private static double[] median(List<double[]> rounds) {
        double[] result = new double[rounds.get(0).length];
        for (int figure = 0; figure < result.length; figure++) {
            int index = figure;
            double[] values =
                    rounds.stream().mapToDouble(round -> round[index]).sorted().toArray();
            result[figure] = values[values.length / 2];
        }
        return result;
    }
}
