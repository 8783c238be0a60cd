package io.genx3d.bench;

import io.genx3d.chat.ChatInterpreter;
import io.genx3d.chat.CommandInterpreter;
import io.genx3d.chat.Interpretation;
import io.genx3d.chat.TypedInterpreter;
import io.genx3d.export.Primitive;
import io.genx3d.models.Part;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one chat message costs the interpreter in CPU time (the thread's own, from {@link ThreadMXBean}), for the
 * adversarial messages of finding 17 ("x and x …" at 2,000 characters, "stack them. " over models of 1,000 and 8,800
 * parts), for the heaviest messages the limits still let through (ten clauses over the largest model a request may
 * hold, one clause of 2,000 characters), and for ordinary sentences. Each figure is the median and the range of
 * {@code bench.runs} runs (7) after warming up, each message on its own too (at least {@code bench.case-warmups}
 * times, 5, and {@code bench.case-warmup-ms}, 3 s), so that what ran before it does not decide how well its paths are
 * compiled. A message refused by a limit prints the refusal
 * (what it cost to refuse). Every figure is taken for the older rewriting interpreter ({@link CommandInterpreter},
 * "before") and for the typed one the server runs ({@link TypedInterpreter}, "after") in the same run, and so are the
 * p50/p99 per message over every corpus sentence ({@code src/test/resources/chat/*.txt}, each said to a model of a
 * cube and a sphere). Run it with {@code mvn -B -Pbench test-compile exec:java@chat-cost-benchmark}; it measures,
 * never asserts.
 */
public final class ChatCostBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    /**
     * Each message is said before it is measured, at least this many times and for at least {@link #CASE_WARM_UP_MS}
     * (the JIT compiles in the background, slowly on two busy cores), so that its own paths are compiled whatever ran
     * before it.
     */
    private static final int CASE_WARM_UPS = Integer.getInteger("bench.case-warmups", 5);

    private static final long CASE_WARM_UP_MS = Long.getLong("bench.case-warmup-ms", 3000);

    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 300);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Case(String name, String message, List<Part> scene) {}

    private ChatCostBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<ChatInterpreter> interpreters = List.of(new CommandInterpreter(), new TypedInterpreter());
        List<Part> thousand = scene(1_000);
        List<Part> eightThousandEightHundred = scene(8_800);
        List<Part> tenThousand = scene(10_000);
        List<Case> ordinary = List.of(
                new Case("\"Create a cube\"", "Create a cube", List.of()),
                new Case("\"add a box and put a ball on it\"", "add a box and put a ball on it", List.of()),
                new Case(
                        "\"add a red cube, a blue ball, and a green cone\"",
                        "add a red cube, a blue ball, and a green cone",
                        List.of()),
                new Case("\"Add a cube. Make it red.\"", "Add a cube. Make it red.", List.of()),
                new Case("\"build a house with a red roof\"", "build a house with a red roof", List.of()),
                new Case("\"paint everything blue\" (1,000 parts)", "paint everything blue", thousand),
                new Case("\"stack them\" (1,000 parts)", "stack them", thousand),
                new Case("\"paint them red\" (10,000 parts)", "paint them red", tenThousand),
                new Case("\"paint all the cubes red\" (10,000 parts)", "paint all the cubes red", tenThousand));
        List<Case> finding = List.of(
                new Case("\"x and x …\" (2,000 chars)", repeated("x and ", "x", 2000), List.of()),
                new Case(
                        "\"i want big and big …\" (2,000 chars)",
                        "i want " + repeated("big and ", "big", 1993),
                        List.of()),
                new Case(
                        "\"stack them. \" × 160 (1,000 parts)",
                        "stack them. ".repeat(160).strip(),
                        thousand),
                new Case(
                        "\"stack them. \" × 166 (8,800 parts)",
                        "stack them. ".repeat(166).strip(),
                        eightThousandEightHundred));
        List<Case> heaviestAllowed = List.of(
                new Case("\"x x x …\" (2,000 chars, one clause)", repeated("x ", "x", 2000), List.of()),
                new Case(
                        "\"pls add a red cube and …\" (2,000 chars, 10 clauses)",
                        ("pls add a red cube and a blu sphear next to it, then ".repeat(5) + "ok").repeat(2),
                        List.of()),
                new Case(
                        "\"can u plz mak a big woodn tabel …\" (2,000 chars)",
                        repeated("can u plz mak a big woodn tabel with 4 chiars arround it ", "thx", 2000),
                        List.of()),
                new Case(
                        "\"add a cube with \" … (2,000 chars, one clause)",
                        repeated("add a cube with ", "a red roof", 2000),
                        List.of()),
                new Case(
                        "\"stack them. \" × 10 (10,000 parts)",
                        "stack them. ".repeat(10).strip(),
                        tenThousand),
                new Case(
                        "\"put everything in a row. \" × 10 (10,000 parts)",
                        "put everything in a row. ".repeat(10).strip(),
                        tenThousand),
                new Case(
                        "\"list the parts. \" × 10 (10,000 parts)",
                        "list the parts. ".repeat(10).strip(),
                        tenThousand),
                new Case(
                        "\"copy the cube. \" × 10 (10,000 parts)",
                        "copy the cube. ".repeat(10).strip(),
                        tenThousand),
                new Case(
                        "\"arrange the spheres in a circle\" (10,000 parts)",
                        "arrange the spheres in a circle",
                        tenThousand),
                new Case(
                        "\"put the cubes in a row. \" × 10 (1,000,000 checks each)",
                        "put the cubes in a row. ".repeat(10).strip(),
                        cubesAndSpheresInTheirGaps(1_000)));
        for (ChatInterpreter interpreter : interpreters) {
            for (int i = 0; i < WARM_UPS; i++) {
                for (Case c : ordinary) {
                    run(interpreter, c);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "ChatCostBenchmark: CPU time per message, median and range of %d runs (%s; %d warm-ups of the"
                        + " ordinary messages, then each message said at least %d times and for %d ms before it is"
                        + " measured); before = CommandInterpreter, after = TypedInterpreter%n",
                RUNS,
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                WARM_UPS,
                CASE_WARM_UPS,
                CASE_WARM_UP_MS);
        System.out.printf(
                Locale.ROOT,
                "%-56s %-6s %6s %6s %11s %19s  %s%n",
                "message",
                "",
                "chars",
                "parts",
                "median ms",
                "range ms",
                "outcome");
        for (List<Case> group : List.of(ordinary, finding, heaviestAllowed)) {
            if (group == finding) {
                System.out.println("finding 17's messages:");
            } else if (group == heaviestAllowed) {
                System.out.println("the heaviest messages within the limits:");
            }
            for (Case c : group) {
                for (ChatInterpreter interpreter : interpreters) {
                    measure(interpreter, c);
                }
            }
        }
        corpus(interpreters);
    }

    /**
     * Each corpus sentence said to a cube and a sphere, {@code RUNS} times after three passes of warming up; its cost
     * is the median of its runs, and the figures are the p50, p99 and largest of those over all sentences.
     */
    private static void corpus(List<ChatInterpreter> interpreters) throws IOException {
        List<String> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/chat"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    int said = line.indexOf(">>");
                    int then = line.lastIndexOf("=>");
                    if (!line.startsWith("#") && said >= 0 && then > said) {
                        messages.add(line.substring(said + 2, then).strip());
                    }
                }
            }
        }
        List<Part> two = List.of(
                Part.of("cube 1", Primitive.CUBE),
                Part.of("sphere 2", Primitive.SPHERE).withPosition(List.of(2.0, 0.0, 0.0)));
        System.out.printf(Locale.ROOT, "every corpus sentence (%d), CPU ms per message:%n", messages.size());
        System.out.printf(Locale.ROOT, "%-12s %9s %9s %9s%n", "", "p50", "p99", "max");
        for (ChatInterpreter interpreter : interpreters) {
            for (int pass = 0; pass < 3; pass++) {
                messages.forEach(message -> run(interpreter, new Case(message, message, two)));
            }
            long[] costs = new long[messages.size()];
            for (int m = 0; m < messages.size(); m++) {
                Case c = new Case(messages.get(m), messages.get(m), two);
                long[] nanos = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    run(interpreter, c);
                    nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
                }
                Arrays.sort(nanos);
                costs[m] = nanos[RUNS / 2];
            }
            Arrays.sort(costs);
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %9.3f %9.3f %9.3f%n",
                    label(interpreter),
                    costs[costs.length / 2] / 1e6,
                    costs[(int) Math.min(costs.length - 1, Math.ceil(costs.length * 0.99) - 1)] / 1e6,
                    costs[costs.length - 1] / 1e6);
        }
    }

    private static String label(ChatInterpreter interpreter) {
        return interpreter instanceof TypedInterpreter ? "after" : "before";
    }

    private static void measure(ChatInterpreter interpreter, Case c) {
        String outcome = null;
        long warmUntil = System.nanoTime() + CASE_WARM_UP_MS * 1_000_000;
        for (int i = 0; i < CASE_WARM_UPS || System.nanoTime() < warmUntil; i++) {
            outcome = run(interpreter, c);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            outcome = run(interpreter, c);
            nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-56s %-6s %6d %6d %11.3f %8.3f – %8.3f  %s%n",
                c.name,
                label(interpreter),
                c.message.length(),
                c.scene.size(),
                nanos[RUNS / 2] / 1e6,
                nanos[0] / 1e6,
                nanos[RUNS - 1] / 1e6,
                outcome);
    }

    /** What became of the message: understood or not (and the parts after it), or the refusal that ended it. */
    private static String run(ChatInterpreter interpreter, Case c) {
        try {
            Interpretation meaning = interpreter.interpret(c.message, c.scene, null);
            String parts = meaning.scene() == null ? "" : ", " + meaning.scene().size() + " parts";
            return (meaning.understood() ? "understood" : "not understood") + parts;
        } catch (RuntimeException refused) {
            return "refused: " + refused.getMessage().split(";")[0];
        }
    }

    /** {@code unit} repeated, ending with {@code last}, to at most {@code length} characters. */
    private static String repeated(String unit, String last, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() + unit.length() + last.length() <= length) {
            text.append(unit);
        }
        return text.append(last).toString();
    }

    /**
     * {@code count} cubes, and as many small spheres standing where the gaps of the cubes' row will be: putting the
     * cubes in a row checks each cube against each sphere and finds nothing in the way.
     */
    private static List<Part> cubesAndSpheresInTheirGaps(int count) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(Part.of("cube " + (2 * i + 1), Primitive.CUBE).withPosition(List.of(3.0 * i, 0.0, 0.0)));
            parts.add(new Part(
                    "sphere " + (2 * i + 2),
                    "sphere",
                    List.of(0.2, 0.2, 0.2),
                    List.of(1.5 * i + 0.75, 0.0, 0.0),
                    Part.ORIGIN,
                    Part.UNIT,
                    Part.DEFAULT_COLOR));
        }
        return List.copyOf(parts);
    }

    /** Cubes and spheres in a grid, named the way the chat names them ("cube 1", "sphere 2"). */
    private static List<Part> scene(int count) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Primitive primitive = i % 2 == 0 ? Primitive.CUBE : Primitive.SPHERE;
            parts.add(Part.of(primitive.value() + " " + (i + 1), primitive)
                    .withPosition(List.of(1.5 * (i % 100), 0.0, 1.5 * (i / 100))));
        }
        return List.copyOf(parts);
    }
}
