package io.genx3d.bench;

import io.genx3d.export.ExportFormat;
import io.genx3d.export.PlacedMesh;
import io.genx3d.export.Primitive;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    public static void main(String[] args) {
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
            byte[] file = null;
            int triangles = 0;
            for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
                format.export("bench", PlacedMesh.of(parts));
            }
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                List<PlacedMesh> meshes = PlacedMesh.of(parts);
                file = format.export("bench", meshes);
                nanos[run] = System.nanoTime() - start;
                triangles = meshes.stream()
                        .mapToInt(mesh -> mesh.mesh().triangleCount())
                        .sum();
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "%-6s %12.1f %12.1f %,14d %,12d%n",
                    format.name().toLowerCase(Locale.ROOT),
                    nanos[0] / 1e6,
                    nanos[RUNS / 2] / 1e6,
                    file.length,
                    triangles);
        }
        System.out.printf(
                Locale.ROOT,
                "(%d parts, meshing included, one thread, %d cores)%n",
                PARTS,
                Runtime.getRuntime().availableProcessors());
    }
}
