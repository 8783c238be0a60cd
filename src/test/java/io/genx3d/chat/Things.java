package io.genx3d.chat;

import io.genx3d.export.Primitive;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a corpus expectation names, found in a scene by the parts' names alone, as a person reading the model would:
 * a primitive word ("cube") means parts of that shape; any other noun ("chair", "traffic light") means the objects of
 * that kind, each the group of parts named {@code <kind> <n> <piece>} ("chair 2 leg 1"). Knows nothing of the grammar.
 */
final class Things {

    static final Set<String> RELATIONS =
            Set.of("above", "below", "left-of", "right-of", "in-front-of", "behind", "near");

    private static final Pattern NAMED = Pattern.compile("^(.+?) (\\d+)(?: (.+))?$");
    private static final double SAME = 0.05;

    private Things() {}

    /** A thing as the checks see it: its parts, and the box around them. */
    record Box(String key, List<Part> parts) {

        double[] extent() {
            return new double[] {max(0) - min(0), max(1) - min(1), max(2) - min(2)};
        }

        double centre(int axis) {
            return (max(axis) + min(axis)) / 2;
        }

        double largestExtent() {
            double[] e = extent();
            return Math.max(e[0], Math.max(e[1], e[2]));
        }

        /** The colour of its largest part (an object's body, not its wheels). */
        String mainColour() {
            return parts.stream()
                    .max(Comparator.comparingDouble(Things::volume))
                    .orElseThrow()
                    .color();
        }

        boolean sameCentre(Box other) {
            return Math.abs(centre(0) - other.centre(0)) < 1e-9
                    && Math.abs(centre(1) - other.centre(1)) < 1e-9
                    && Math.abs(centre(2) - other.centre(2)) < 1e-9;
        }

        boolean relates(String relation, Box other) {
            return switch (relation) {
                case "above" -> centre(1) > other.centre(1) + 1e-9;
                case "below" -> centre(1) < other.centre(1) - 1e-9;
                case "left-of" -> centre(0) < other.centre(0) - 1e-9;
                case "right-of" -> centre(0) > other.centre(0) + 1e-9;
                case "in-front-of" -> centre(2) > other.centre(2) + 1e-9;
                case "behind" -> centre(2) < other.centre(2) - 1e-9;
                case "near" -> distance(other) <= 3 + (largestExtent() + other.largestExtent()) / 2;
                default -> throw new IllegalArgumentException("unknown relation " + relation);
            };
        }

        private double distance(Box other) {
            double dx = centre(0) - other.centre(0);
            double dy = centre(1) - other.centre(1);
            double dz = centre(2) - other.centre(2);
            return Math.sqrt(dx * dx + dy * dy + dz * dz);
        }

        private double min(int axis) {
            return parts.stream().mapToDouble(p -> low(p, axis)).min().orElse(0);
        }

        private double max(int axis) {
            return parts.stream().mapToDouble(p -> high(p, axis)).max().orElse(0);
        }
    }

    static long count(List<Part> scene, String thing) {
        return all(scene, thing).size();
    }

    /**
     * Every such thing, oldest first. A noun the model names otherwise is looked up as a reader of the chat's published
     * tables would: an object's other name ("couch" is a sofa, "bike" a bicycle) or an everyday thing of one shape
     * ("apple" is a sphere, "drum" a cylinder), since the chat names a part by its shape and an object by its own
     * name.
     */
    static List<Box> all(List<Part> scene, String thing) {
        String kind = thing.toLowerCase(Locale.ROOT);
        List<Box> found = named(scene, kind);
        if (!found.isEmpty() || isPrimitive(kind)) {
            return found;
        }
        String singular = kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
        Optional<String> object = LIBRARY.named(kind).or(() -> LIBRARY.named(singular));
        if (object.isPresent() && !object.get().equals(kind)) {
            return named(scene, object.get());
        }
        String shape = SHAPED.getOrDefault(kind, SHAPED.get(singular));
        return shape == null ? found : named(scene, shape);
    }

    private static final io.genx3d.chat.objects.ObjectLibrary LIBRARY = io.genx3d.chat.objects.ObjectLibrary.standard();

    /** Everyday things of one shape, from the chat's published shape table ("apple" → sphere). */
    private static final Map<String, String> SHAPED = shapedThings();

    private static Map<String, String> shapedThings() {
        Map<String, String> shaped = new java.util.HashMap<>();
        try (var in = Things.class.getResourceAsStream("/chat/vocabulary/shapes.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    for (String word : line.substring(colon + 1).split(",")) {
                        shaped.putIfAbsent(
                                word.strip(), line.substring(0, colon).strip());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return shaped;
    }

    private static List<Box> named(List<Part> scene, String kind) {
        if (isPrimitive(kind)) {
            return scene.stream()
                    .filter(p -> p.primitive().equals(kind))
                    .map(p -> new Box(p.name(), List.of(p)))
                    .toList();
        }
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        for (Part part : scene) {
            Matcher named = NAMED.matcher(part.name().toLowerCase(Locale.ROOT));
            if (named.matches() && sameKind(named.group(1), kind)) {
                groups.computeIfAbsent(named.group(1) + " " + named.group(2), key -> new ArrayList<>())
                        .add(part);
            }
        }
        if (!groups.isEmpty()) {
            return groups.entrySet().stream()
                    .map(group -> new Box(group.getKey(), group.getValue()))
                    .toList();
        }
        // No object of that kind: a piece of one ("roof" is the roof of a house), each piece a thing of its own.
        List<Box> pieces = new ArrayList<>();
        for (Part part : scene) {
            Matcher named = NAMED.matcher(part.name().toLowerCase(Locale.ROOT));
            if (named.matches() && named.group(3) != null && isPiece(named.group(3), kind)) {
                pieces.add(new Box(part.name().toLowerCase(Locale.ROOT), List.of(part)));
            }
        }
        return pieces;
    }

    private static boolean isPiece(String label, String word) {
        String bare = label.replaceAll(" \\d+$", "");
        return label.equals(word)
                || bare.equals(word)
                || (bare + "s").equals(word)
                || bare.equals(word + "s")
                || label.startsWith(word + " ");
    }

    /** The newest such thing: the one whose parts come last in the model. */
    static Optional<Box> newest(List<Part> scene, String thing) {
        return all(scene, thing).stream().max(Comparator.comparingInt(box -> lastIndex(scene, box)));
    }

    static List<Part> allParts(List<Part> scene, String thing) {
        return all(scene, thing).stream().flatMap(box -> box.parts().stream()).toList();
    }

    /** The same thing in an earlier scene: the part of the same name, or the group of the same name. */
    static Optional<Box> sameIn(List<Part> scene, Box now) {
        List<Part> parts = scene.stream()
                .filter(p ->
                        now.parts().size() == 1 && now.parts().get(0).name().equals(p.name())
                                || p.name().toLowerCase(Locale.ROOT).startsWith(now.key() + " "))
                .toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Box(now.key(), parts));
    }

    /** At least two, each higher than the one below it and over it (their footprints overlap). */
    static boolean stacked(List<Box> boxes) {
        if (boxes.size() < 2) {
            return false;
        }
        List<Box> upwards = new ArrayList<>(boxes);
        upwards.sort(Comparator.comparingDouble(box -> box.centre(1)));
        for (int i = 1; i < upwards.size(); i++) {
            Box below = upwards.get(i - 1);
            Box above = upwards.get(i);
            boolean higher = above.centre(1) > below.centre(1) + SAME;
            boolean over = Math.abs(above.centre(0) - below.centre(0)) < below.extent()[0] / 2 + SAME
                    && Math.abs(above.centre(2) - below.centre(2)) < below.extent()[2] / 2 + SAME;
            if (!higher || !over) {
                return false;
            }
        }
        return true;
    }

    /** At least two at one height, along one horizontal line, none in the same place. */
    static boolean inARow(List<Box> boxes) {
        if (boxes.size() < 2) {
            return false;
        }
        double height = boxes.get(0).centre(1);
        boolean level = boxes.stream().allMatch(box -> Math.abs(box.centre(1) - height) < SAME);
        return level && (alongAxis(boxes, 0, 2) || alongAxis(boxes, 2, 0));
    }

    private static boolean alongAxis(List<Box> boxes, int along, int across) {
        double line = boxes.get(0).centre(across);
        long distinct = boxes.stream()
                .mapToLong(box -> Math.round(box.centre(along) / SAME))
                .distinct()
                .count();
        return distinct == boxes.size() && boxes.stream().allMatch(box -> Math.abs(box.centre(across) - line) < SAME);
    }

    /** "traffic-light" is a "traffic light"; a plural said for one is the same kind. */
    private static boolean sameKind(String named, String wanted) {
        String a = named.replace('-', ' ');
        String b = wanted.replace('-', ' ');
        return a.equals(b) || a.equals(b + "s") || (a + "s").equals(b) || a.endsWith(" " + b);
    }

    private static boolean isPrimitive(String word) {
        return Arrays.stream(Primitive.values())
                .anyMatch(p -> p.name().toLowerCase(Locale.ROOT).equals(word));
    }

    private static int lastIndex(List<Part> scene, Box box) {
        int last = -1;
        for (int i = 0; i < scene.size(); i++) {
            if (box.parts().contains(scene.get(i))) {
                last = i;
            }
        }
        return last;
    }

    private static double volume(Part part) {
        return extent(part, 0) * extent(part, 1) * extent(part, 2);
    }

    private static double extent(Part part, int axis) {
        return part.size().get(axis) * part.scale().get(axis);
    }

    private static double low(Part part, int axis) {
        return part.position().get(axis) - extent(part, axis) / 2;
    }

    private static double high(Part part, int axis) {
        return part.position().get(axis) + extent(part, axis) / 2;
    }
}
