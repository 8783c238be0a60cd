package io.genx3d.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's {@code wrk} load generator and reads its figures. */
final class Wrk {

    record Result(double requestsPerSecond, double p50Millis, double p99Millis, double p999Millis, long non2xx) {

        /** Each figure's median over several runs (an odd number), so one disturbed run does not decide. */
        static Result median(List<Result> runs) {
            return new Result(
                    median(runs, Result::requestsPerSecond),
                    median(runs, Result::p50Millis),
                    median(runs, Result::p99Millis),
                    median(runs, Result::p999Millis),
                    runs.stream().mapToLong(Result::non2xx).sum());
        }

        private static double median(List<Result> runs, ToDoubleFunction<Result> figure) {
            double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    /** wrk's --latency output stops at 99%; its Lua hook prints 99.9% (in microseconds). */
    private static final String P999_SCRIPT = "done = function(summary, latency, requests)\n"
            + "  io.write(string.format(\"p99.9: %d\\n\", latency:percentile(99.9)))\n"
            + "end\n";

    private static final Pattern P999 = Pattern.compile("p99\\.9: (\\d+)");

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private Wrk() {}

    static void requireInstalled() throws IOException, InterruptedException {
        if (new ProcessBuilder("wrk", "--version").start().waitFor() == 127) {
            throw new IllegalStateException("wrk is missing: apt-get install -y wrk");
        }
    }

    static Result run(String url, int seconds, int connections, String... headers)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency"));
        java.nio.file.Path script = java.nio.file.Files.createTempFile("wrk-p999", ".lua");
        java.nio.file.Files.writeString(script, P999_SCRIPT);
        command.addAll(List.of("-s", script.toString()));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        java.nio.file.Files.deleteIfExists(script);
        return new Result(
                number(RPS, output),
                latency(output, "50%"),
                latency(output, "99%"),
                number(P999, output) / 1000,
                count(output));
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static long count(String output) {
        Matcher matcher = NON_2XX.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** wrk prints e.g. {@code 50%    1.23ms} or {@code 99%  12.00us}; returned in milliseconds. */
    private static double latency(String output, String percentile) {
        Matcher matcher =
                Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
