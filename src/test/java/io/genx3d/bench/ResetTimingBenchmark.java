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
 * Whether the time a password-reset request takes tells if an account uses the address (the second attacker's finding
 * 10): requests for addresses with and without an account, interleaved, one at a time, and the two samples' medians,
 * 90th percentiles and Mann–Whitney z (|z| above about 2 is a difference an attacker can see). Each given jar
 * ({@code -Dbench.jars=old.jar,new.jar}, default the built one) is started in turn on this machine, so before and after
 * come from one run. Prints; asserts nothing.
 */
public final class ResetTimingBenchmark {

    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private ResetTimingBenchmark() {}

    public static void main(String[] args) throws Exception {
        String jars = System.getProperty("bench.jars", System.getProperty("app.jar", "target/genx3d.jar"));
        // Neither the address's nor (on older builds) the email's reset allowance may run out while measuring.
        Map<String, String> unlimited =
                Map.of("GENX3D_RATELIMIT_SIGNUPS", "1000000", "GENX3D_PASSWORDS_ITERATIONS", "10000");
        System.out.printf(
                Locale.ROOT,
                "%-40s %5s %12s %12s %12s %12s %8s%n",
                "jar",
                "round",
                "known p50 ms",
                "unknown p50",
                "known p90",
                "unknown p90",
                "z");
        for (String jar : jars.split(",")) {
            System.setProperty("app.jar", jar);
            Path workDir = Files.createTempDirectory("genx3d-reset-timing");
            try (RunningJar server = RunningJar.start(workDir, RunningJar.freePort(), unlimited)) {
                Api api = server.api();
                List<String> known = new ArrayList<>();
                for (int i = 0; i < SAMPLES; i++) {
                    String email = Api.uniqueEmail("known");
                    api.signUp(email);
                    known.add(email);
                }
                measure(api, known, SAMPLES); // warm-up
                for (int round = 1; round <= ROUNDS; round++) {
                    double[][] times = measure(api, known, SAMPLES);
                    System.out.printf(
                            Locale.ROOT,
                            "%-40s %5d %12.2f %12.2f %12.2f %12.2f %8.1f%n",
                            Path.of(jar).getFileName() + " (" + Path.of(jar).getParent() + ")",
                            round,
                            percentile(times[0], 0.5),
                            percentile(times[1], 0.5),
                            percentile(times[0], 0.9),
                            percentile(times[1], 0.9),
                            mannWhitneyZ(times[0], times[1]));
                }
            }
        }
    }

    /** Milliseconds of {@code count} requests for known addresses [0] and as many for unknown ones [1], interleaved. */
    private static double[][] measure(Api api, List<String> known, int count) {
        double[][] times = new double[2][count];
        for (int i = 0; i < count; i++) {
            times[0][i] = timed(api, known.get(i % known.size()));
            times[1][i] = timed(api, Api.uniqueEmail("nobody"));
        }
        return times;
    }

    private static double timed(Api api, String email) {
        long start = System.nanoTime();
        Reply reply = api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
        double millis = (System.nanoTime() - start) / 1e6;
        if (reply.status() != 202) {
            throw new IllegalStateException("expected 202, got " + reply);
        }
        return millis;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** The normal approximation of the Mann–Whitney U statistic (no tie correction: times rarely tie). */
    private static double mannWhitneyZ(double[] a, double[] b) {
        double u = 0;
        for (double x : a) {
            for (double y : b) {
                u += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        double n1 = a.length;
        double n2 = b.length;
        double mean = n1 * n2 / 2;
        double sd = Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
        return (u - mean) / sd;
    }
}
