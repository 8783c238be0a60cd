package io.genx3d.chat.language;

import java.util.Map;
import java.util.Optional;

/** Words that give a new thing a shape of its own, as a factor on each axis (x, y, z): tall, flat, wide, long… */
final class Proportions {

    private static final Map<String, double[]> WORDS = Map.ofEntries(
            Map.entry("tall", new double[] {1, 2, 1}),
            Map.entry("high", new double[] {1, 2, 1}),
            Map.entry("short", new double[] {1, 0.5, 1}),
            Map.entry("flat", new double[] {1, 0.2, 1}),
            Map.entry("thin", new double[] {0.5, 1, 0.5}),
            Map.entry("skinny", new double[] {0.5, 1, 0.5}),
            Map.entry("slim", new double[] {0.5, 1, 0.5}),
            Map.entry("narrow", new double[] {0.5, 1, 1}),
            Map.entry("wide", new double[] {2, 1, 1}),
            Map.entry("broad", new double[] {2, 1, 1}),
            Map.entry("fat", new double[] {2, 1, 2}),
            Map.entry("thick", new double[] {2, 1, 2}),
            Map.entry("long", new double[] {1, 1, 2}),
            Map.entry("deep", new double[] {1, 1, 2}));

    private Proportions() {}

    static Optional<double[]> of(String word) {
        return Optional.ofNullable(WORDS.get(word)).map(double[]::clone);
    }

    static double[] combine(double[] a, double[] b) {
        if (a == null) {
            return b;
        }
        return new double[] {a[0] * b[0], a[1] * b[1], a[2] * b[2]};
    }
}
