package io.genx3d.bench;

import io.genx3d.export.ExportFormat;
import io.genx3d.export.Primitive;
import io.genx3d.export.Shapes;
import io.genx3d.models.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How long a 1,000-part model takes to export to each format (all primitives, rotated and scaled), best and median
 * of several runs after warming up. Run with {@code mvn -Pbench -DskipTests verify}; it asserts nothing.
 */
public final class ExportBenchmark {

    private static final int PARTS = Integer.getInteger("bench.parts", 1000);
    private static final int RUNS = 9;
    /** The exporters are big loops; C2 needs this many passes before the times settle on 2 cores. */
    private static final int WARM_UPS = 15;

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Part> parts = new ArrayList<>();
        Primitive[] primitives = Primitive.values();
        for (int i = 0; i < PARTS; i++) {
            Primitive primitive = primitives[i % primitives.length];
            parts.add(new Part(
                    "part " + i,
                    primitive.value(),
                    primitive.defaultSize(),
                    List.of((double) (i % 10), (double) (i / 100), (double) (i / 10 % 10)),
                    List.of(15.0 * (i % 7), 30.0 * (i % 5), 0.0),
                    List.of(1.0, 1.5, 1.0),
                    String.format(Locale.ROOT, "#%06x", i * 2654435761L & 0xffffff)));
        }
        System.out.printf(
                Locale.ROOT, "%-6s %12s %12s %14s %12s%n", "format", "best ms", "median ms", "bytes", "triangles");
        for (ExportFormat format : ExportFormat.values()) {
            long[] nanos = new long[RUNS];
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
                file.reset();
                format.write("bench", parts, file);
            }
            for (int run = 0; run < RUNS; run++) {
                file.reset();
                long start = System.nanoTime();
                format.write("bench", parts, file);
                nanos[run] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "%-6s %12.1f %12.1f %,14d %,12d%n",
                    format.name().toLowerCase(Locale.ROOT),
                    nanos[0] / 1e6,
                    nanos[RUNS / 2] / 1e6,
                    file.size(),
                    Shapes.triangleCount(parts));
        }
        System.out.printf(
                Locale.ROOT,
                "(%d parts, meshing included, one thread, %d cores)%n",
                PARTS,
                Runtime.getRuntime().availableProcessors());
        memoryAtTheLimit();
    }

    /**
     * Issue 13, point 1: the heap an export needs at the default limit (976 tori, 999,424 triangles, a 50 MB STL),
     * sampled every millisecond while the file goes to a stream that discards it, as a slow client's would.
     */
    private static void memoryAtTheLimit() throws IOException {
        List<Part> tori = new ArrayList<>();
        for (int i = 0; i < 976; i++) {
            tori.add(new Part(
                    "ring " + i,
                    "torus",
                    Primitive.TORUS.defaultSize(),
                    List.of((double) (i % 100), 0.0, (double) (i / 100)),
                    Part.ORIGIN,
                    Part.UNIT,
                    "#808080"));
        }
        System.out.printf(Locale.ROOT, "%n%-6s %14s %22s%n", "format", "bytes", "peak heap above idle");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (ExportFormat format : ExportFormat.values()) {
            System.gc();
            long idle = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(idle);
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (writing.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(1_000_000);
                }
            });
            sampler.start();
            CountingSink sink = new CountingSink();
            format.write("bench", tori, sink);
            writing.set(false);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-6s %,14d %,19d kB%n",
                    format.name().toLowerCase(Locale.ROOT),
                    sink.bytes,
                    (peak.get() - idle) / 1024);
        }
        System.out.println("(garbage included: the heap in use, sampled, not what is retained)");
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            bytes += length;
        }
    }
}
