package io.genx3d.bench;

import io.genx3d.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up time and resident memory of runnable jars, side by side: each jar is started {@code bench.boots} times (5),
 * alternating between them, from a fresh data directory on the embedded H2, and timed from the process's start to the
 * first answer of the API; resident memory is read once it answers. Prints the median and range of each; asserts
 * nothing. {@code -Dbench.jars=before.jar@/path/to/java,after.jar@/path/to/java} (a jar without a java runs on this
 * JVM), e.g. Payara 6's jar on Java 17 against Payara 7's on Java 25:
 * {@code java -cp ... -Dbench.jars=... io.genx3d.bench.StartupBenchmark}.
 */
public final class StartupBenchmark {

    private static final int BOOTS = Integer.getInteger("bench.boots", 5);

    private StartupBenchmark() {}

    private record Jar(String path, String java) {}

    public static void main(String[] args) throws Exception {
        List<Jar> jars = Arrays.stream(
                        System.getProperty("bench.jars", "target/genx3d.jar").split(","))
                .map(spec -> spec.contains("@")
                        ? new Jar(spec.substring(0, spec.indexOf('@')), spec.substring(spec.indexOf('@') + 1))
                        : new Jar(spec, null))
                .toList();
        List<List<Double>> seconds = new ArrayList<>();
        List<List<Double>> megabytes = new ArrayList<>();
        jars.forEach(jar -> {
            seconds.add(new ArrayList<>());
            megabytes.add(new ArrayList<>());
        });
        for (int boot = 0; boot < BOOTS; boot++) {
            for (int i = 0; i < jars.size(); i++) {
                Jar jar = jars.get(i);
                System.setProperty("app.jar", jar.path());
                if (jar.java() == null) {
                    System.clearProperty("app.java");
                } else {
                    System.setProperty("app.java", jar.java());
                }
                Path workDir = Files.createTempDirectory("genx3d-bench-startup");
                long started = System.nanoTime();
                try (RunningJar server =
                        RunningJar.startWithJvmOptions(workDir, RunningJar.freePort(), Map.of(), List.of())) {
                    seconds.get(i).add((System.nanoTime() - started) / 1e9);
                    megabytes.get(i).add((double) residentMegabytes(server.pid()));
                    server.stop();
                }
            }
        }
        System.out.printf(Locale.ROOT, "StartupBenchmark: %d boots of each jar, alternating; median (range)%n", BOOTS);
        for (int i = 0; i < jars.size(); i++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-40s on %-45s start-up %s s, resident after start-up %s MB%n",
                    Path.of(jars.get(i).path()).getFileName(),
                    jars.get(i).java() == null
                            ? System.getProperty("java.home")
                            : jars.get(i).java(),
                    summary(seconds.get(i), "%.1f"),
                    summary(megabytes.get(i), "%.0f"));
        }
    }

    private static String summary(List<Double> values, String format) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, format, sorted[sorted.length / 2]) + " ("
                + String.format(Locale.ROOT, format, sorted[0]) + "–"
                + String.format(Locale.ROOT, format, sorted[sorted.length - 1]) + ")";
    }

    private static long residentMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
