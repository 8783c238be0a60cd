package io.genx3d.chat;

import io.genx3d.export.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library of named objects built from primitives, with proportions and colours that read as the thing: a table
 * is a top on four legs, a snowman three white spheres with a carrot nose. Positions are relative to the object's
 * base centre on the ground. Each is added as a group of parts named after it ("table 3 top", "table 3 leg 1").
 */
final class Blueprints {

    /** One part of a blueprint: a label, a shape, its size, its centre, its colour and its rotation in degrees. */
    record Piece(
            String label, Primitive shape, List<Double> size, List<Double> at, String colour, List<Double> rotation) {}

    private static final Map<String, List<Piece>> ALL = new LinkedHashMap<>();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        define("table", b -> {
            b.piece("top", Primitive.CUBE, 2, 0.1, 1, 0, 0.75, 0, "#8b5a2b");
            b.legs(0.9, 0.4, 0.1, 0.7, "#6b4423");
        });
        define("chair", b -> {
            b.piece("seat", Primitive.CUBE, 0.8, 0.1, 0.8, 0, 0.45, 0, "#8b5a2b");
            b.piece("back", Primitive.CUBE, 0.8, 0.8, 0.1, 0, 0.9, -0.35, "#8b5a2b");
            b.legs(0.35, 0.35, 0.08, 0.4, "#6b4423");
        });
        define("stool", b -> {
            b.piece("seat", Primitive.CYLINDER, 0.6, 0.08, 0.6, 0, 0.6, 0, "#8b5a2b");
            b.legs(0.2, 0.2, 0.06, 0.56, "#6b4423");
        });
        define("bench", b -> {
            b.piece("seat", Primitive.CUBE, 2, 0.1, 0.5, 0, 0.45, 0, "#a0522d");
            b.legs(0.9, 0.2, 0.08, 0.4, "#555555");
        });
        define("desk", b -> {
            b.piece("top", Primitive.CUBE, 1.6, 0.08, 0.8, 0, 0.74, 0, "#deb887");
            b.piece("drawers", Primitive.CUBE, 0.5, 0.7, 0.7, 0.5, 0.35, 0, "#d2b48c");
            b.piece("leg", Primitive.CUBE, 0.08, 0.7, 0.7, -0.74, 0.35, 0, "#d2b48c");
        });
        define("bed", b -> {
            b.piece("frame", Primitive.CUBE, 1.6, 0.3, 2.2, 0, 0.15, 0, "#8b4513");
            b.piece("mattress", Primitive.CUBE, 1.5, 0.2, 2, 0, 0.4, 0, "#f5f5f5");
            b.piece("pillow", Primitive.CUBE, 0.8, 0.12, 0.35, 0, 0.56, -0.75, "#ffffff");
            b.piece("headboard", Primitive.CUBE, 1.6, 0.9, 0.1, 0, 0.45, -1.1, "#8b4513");
        });
        define("sofa", b -> {
            b.piece("seat", Primitive.CUBE, 2, 0.4, 0.9, 0, 0.2, 0, "#4169e1");
            b.piece("back", Primitive.CUBE, 2, 0.6, 0.2, 0, 0.6, -0.35, "#4169e1");
            b.piece("arm left", Primitive.CUBE, 0.2, 0.55, 0.9, -1, 0.28, 0, "#27408b");
            b.piece("arm right", Primitive.CUBE, 0.2, 0.55, 0.9, 1, 0.28, 0, "#27408b");
        });
        define("shelf", b -> {
            b.piece("side left", Primitive.CUBE, 0.05, 1.8, 0.4, -0.5, 0.9, 0, "#a0522d");
            b.piece("side right", Primitive.CUBE, 0.05, 1.8, 0.4, 0.5, 0.9, 0, "#a0522d");
            for (int i = 0; i < 4; i++) {
                b.piece("board " + (i + 1), Primitive.CUBE, 1, 0.05, 0.4, 0, 0.1 + i * 0.55, 0, "#cd853f");
            }
        });
        define("lamp", b -> {
            b.piece("base", Primitive.CYLINDER, 0.5, 0.05, 0.5, 0, 0.025, 0, "#333333");
            b.piece("stand", Primitive.CYLINDER, 0.06, 1.4, 0.06, 0, 0.75, 0, "#c0c0c0");
            b.piece("shade", Primitive.CONE, 0.6, 0.4, 0.6, 0, 1.55, 0, "#fffacd");
        });
        define("house", b -> {
            b.piece("walls", Primitive.CUBE, 2, 1.5, 2, 0, 0.75, 0, "#f5deb3");
            b.piece("roof", Primitive.PYRAMID, 2.4, 1, 2.4, 0, 2, 0, "#b22222");
            b.piece("door", Primitive.CUBE, 0.5, 0.9, 0.05, 0, 0.45, 1.01, "#8b4513");
            b.piece("chimney", Primitive.CUBE, 0.3, 0.6, 0.3, 0.6, 2.2, -0.4, "#a52a2a");
        });
        define("tree", b -> {
            b.piece("trunk", Primitive.CYLINDER, 0.3, 1.2, 0.3, 0, 0.6, 0, "#8b4513");
            b.piece("crown", Primitive.SPHERE, 1.4, 1.4, 1.4, 0, 1.8, 0, "#228b22");
        });
        define("pine", b -> {
            b.piece("trunk", Primitive.CYLINDER, 0.25, 0.6, 0.25, 0, 0.3, 0, "#8b4513");
            b.piece("lower branches", Primitive.CONE, 1.4, 1.2, 1.4, 0, 1.1, 0, "#2e8b57");
            b.piece("upper branches", Primitive.CONE, 1, 1, 1, 0, 1.8, 0, "#2e8b57");
        });
        define("flower", b -> {
            b.piece("stem", Primitive.CYLINDER, 0.06, 0.8, 0.06, 0, 0.4, 0, "#228b22");
            b.piece("centre", Primitive.SPHERE, 0.2, 0.2, 0.2, 0, 0.85, 0, "#ffd700");
            b.piece("petals", Primitive.TORUS, 0.5, 0.1, 0.5, 0, 0.85, 0, "#ff69b4");
        });
        define("mushroom", b -> {
            b.piece("stalk", Primitive.CYLINDER, 0.3, 0.5, 0.3, 0, 0.25, 0, "#fff8dc");
            b.piece("cap", Primitive.SPHERE, 0.9, 0.45, 0.9, 0, 0.55, 0, "#dc143c");
        });
        define("snowman", b -> {
            b.piece("base", Primitive.SPHERE, 1.2, 1.2, 1.2, 0, 0.6, 0, "#ffffff");
            b.piece("body", Primitive.SPHERE, 0.9, 0.9, 0.9, 0, 1.6, 0, "#ffffff");
            b.piece("head", Primitive.SPHERE, 0.6, 0.6, 0.6, 0, 2.3, 0, "#ffffff");
            b.piece("nose", Primitive.CONE, 0.1, 0.3, 0.1, 0, 2.3, 0.35, "#ff8c00", 90, 0, 0);
            b.piece("hat", Primitive.CYLINDER, 0.4, 0.35, 0.4, 0, 2.72, 0, "#000000");
        });
        define("car", b -> {
            b.piece("body", Primitive.CUBE, 2.4, 0.5, 1.1, 0, 0.55, 0, "#d32f2f");
            b.piece("cabin", Primitive.CUBE, 1.2, 0.45, 1, -0.1, 1.02, 0, "#ef5350");
            for (int i = 0; i < 4; i++) {
                double x = i < 2 ? -0.8 : 0.8;
                double z = i % 2 == 0 ? -0.55 : 0.55;
                b.piece("wheel " + (i + 1), Primitive.CYLINDER, 0.5, 0.2, 0.5, x, 0.25, z, "#222222", 90, 0, 0);
            }
        });
        define("truck", b -> {
            b.piece("cab", Primitive.CUBE, 1, 1, 1.2, 1.3, 0.8, 0, "#1e90ff");
            b.piece("box", Primitive.CUBE, 2.4, 1.4, 1.3, -0.5, 1, 0, "#dcdcdc");
            for (int i = 0; i < 4; i++) {
                double x = i < 2 ? -1.2 : 1.3;
                double z = i % 2 == 0 ? -0.6 : 0.6;
                b.piece("wheel " + (i + 1), Primitive.CYLINDER, 0.6, 0.2, 0.6, x, 0.3, z, "#222222", 90, 0, 0);
            }
        });
        define("boat", b -> {
            b.piece("hull", Primitive.CUBE, 2.4, 0.5, 0.9, 0, 0.25, 0, "#8b4513");
            b.piece("mast", Primitive.CYLINDER, 0.08, 1.8, 0.08, 0, 1.4, 0, "#deb887");
            b.piece("sail", Primitive.PYRAMID, 0.05, 1.4, 1, 0.1, 1.5, 0, "#ffffff");
        });
        define("train", b -> {
            b.piece("engine", Primitive.CYLINDER, 0.9, 1.6, 0.9, 0, 0.8, 0, "#006400", 0, 0, 90);
            b.piece("cab", Primitive.CUBE, 0.8, 1, 1, -1, 1, 0, "#006400");
            b.piece("chimney", Primitive.CYLINDER, 0.2, 0.4, 0.2, 0.5, 1.4, 0, "#333333");
            for (int i = 0; i < 4; i++) {
                double x = i < 2 ? -0.9 : 0.5;
                double z = i % 2 == 0 ? -0.5 : 0.5;
                b.piece("wheel " + (i + 1), Primitive.CYLINDER, 0.5, 0.15, 0.5, x, 0.25, z, "#222222", 90, 0, 0);
            }
        });
        define("rocket", b -> {
            b.piece("body", Primitive.CYLINDER, 0.6, 2.4, 0.6, 0, 1.4, 0, "#f0f0f0");
            b.piece("nose", Primitive.CONE, 0.6, 0.7, 0.6, 0, 2.95, 0, "#d32f2f");
            b.piece("fin 1", Primitive.PYRAMID, 0.05, 0.6, 0.5, 0.35, 0.5, 0, "#d32f2f");
            b.piece("fin 2", Primitive.PYRAMID, 0.05, 0.6, 0.5, -0.35, 0.5, 0, "#d32f2f");
            b.piece("engine", Primitive.CONE, 0.4, 0.3, 0.4, 0, 0.1, 0, "#555555");
        });
        define("airplane", b -> {
            b.piece("fuselage", Primitive.CAPSULE, 0.5, 3, 0.5, 0, 1, 0, "#ffffff", 0, 0, 90);
            b.piece("wings", Primitive.CUBE, 0.6, 0.05, 3, 0, 1, 0, "#b0c4de");
            b.piece("tail", Primitive.CUBE, 0.4, 0.6, 0.05, -1.3, 1.35, 0, "#b0c4de");
        });
        define("robot", b -> {
            b.piece("body", Primitive.CUBE, 0.9, 1, 0.5, 0, 1.3, 0, "#a9a9a9");
            b.piece("head", Primitive.CUBE, 0.5, 0.45, 0.45, 0, 2.05, 0, "#c0c0c0");
            b.piece("eye left", Primitive.SPHERE, 0.1, 0.1, 0.1, -0.12, 2.1, 0.23, "#00bfff");
            b.piece("eye right", Primitive.SPHERE, 0.1, 0.1, 0.1, 0.12, 2.1, 0.23, "#00bfff");
            b.piece("arm left", Primitive.CYLINDER, 0.15, 0.9, 0.15, -0.57, 1.3, 0, "#808080");
            b.piece("arm right", Primitive.CYLINDER, 0.15, 0.9, 0.15, 0.57, 1.3, 0, "#808080");
            b.piece("leg left", Primitive.CYLINDER, 0.2, 0.8, 0.2, -0.22, 0.4, 0, "#808080");
            b.piece("leg right", Primitive.CYLINDER, 0.2, 0.8, 0.2, 0.22, 0.4, 0, "#808080");
        });
        define("castle", b -> {
            b.piece("keep", Primitive.CUBE, 2, 1.6, 2, 0, 0.8, 0, "#a9a9a9");
            for (int i = 0; i < 4; i++) {
                double x = i < 2 ? -1.1 : 1.1;
                double z = i % 2 == 0 ? -1.1 : 1.1;
                b.piece("tower " + (i + 1), Primitive.CYLINDER, 0.6, 2.2, 0.6, x, 1.1, z, "#808080");
                b.piece("roof " + (i + 1), Primitive.CONE, 0.7, 0.6, 0.7, x, 2.5, z, "#4b0082");
            }
            b.piece("gate", Primitive.CUBE, 0.6, 0.8, 0.05, 0, 0.4, 1.01, "#654321");
        });
        define("tower", b -> {
            b.piece("shaft", Primitive.CYLINDER, 1, 3, 1, 0, 1.5, 0, "#a9a9a9");
            b.piece("roof", Primitive.CONE, 1.3, 1, 1.3, 0, 3.5, 0, "#8b0000");
        });
        define("lighthouse", b -> {
            b.piece("tower", Primitive.CYLINDER, 0.8, 3, 0.8, 0, 1.5, 0, "#ffffff");
            b.piece("stripe", Primitive.CYLINDER, 0.82, 0.4, 0.82, 0, 1.5, 0, "#d32f2f");
            b.piece("lamp room", Primitive.CYLINDER, 0.6, 0.5, 0.6, 0, 3.25, 0, "#ffd700");
            b.piece("roof", Primitive.CONE, 0.8, 0.5, 0.8, 0, 3.75, 0, "#d32f2f");
        });
        define("bridge", b -> {
            b.piece("deck", Primitive.CUBE, 4, 0.2, 1.2, 0, 1.1, 0, "#8b7765");
            b.piece("pier left", Primitive.CUBE, 0.4, 1, 1.2, -1.6, 0.5, 0, "#696969");
            b.piece("pier right", Primitive.CUBE, 0.4, 1, 1.2, 1.6, 0.5, 0, "#696969");
            b.piece("rail front", Primitive.CUBE, 4, 0.3, 0.05, 0, 1.35, 0.58, "#555555");
            b.piece("rail back", Primitive.CUBE, 4, 0.3, 0.05, 0, 1.35, -0.58, "#555555");
        });
        define("fence", b -> {
            for (int i = 0; i < 5; i++) {
                b.piece("post " + (i + 1), Primitive.CUBE, 0.1, 1, 0.1, -1 + i * 0.5, 0.5, 0, "#deb887");
            }
            b.piece("rail top", Primitive.CUBE, 2.2, 0.08, 0.05, 0, 0.8, 0, "#deb887");
            b.piece("rail bottom", Primitive.CUBE, 2.2, 0.08, 0.05, 0, 0.35, 0, "#deb887");
        });
        define("ladder", b -> {
            b.piece("rail left", Primitive.CYLINDER, 0.06, 2.4, 0.06, -0.3, 1.2, 0, "#cd853f");
            b.piece("rail right", Primitive.CYLINDER, 0.06, 2.4, 0.06, 0.3, 1.2, 0, "#cd853f");
            for (int i = 0; i < 6; i++) {
                b.piece(
                        "rung " + (i + 1),
                        Primitive.CYLINDER,
                        0.05,
                        0.6,
                        0.05,
                        0,
                        0.3 + i * 0.38,
                        0,
                        "#cd853f",
                        0,
                        0,
                        90);
            }
        });
        define("tent", b -> {
            b.piece("canvas", Primitive.PYRAMID, 2, 1.4, 2, 0, 0.7, 0, "#ff8c00");
            b.piece("pole", Primitive.CYLINDER, 0.05, 1.6, 0.05, 0, 0.8, 0, "#8b4513");
        });
        define("well", b -> {
            b.piece("wall", Primitive.CYLINDER, 1.2, 0.8, 1.2, 0, 0.4, 0, "#808080");
            b.piece("post left", Primitive.CUBE, 0.1, 1.2, 0.1, -0.55, 1.2, 0, "#8b4513");
            b.piece("post right", Primitive.CUBE, 0.1, 1.2, 0.1, 0.55, 1.2, 0, "#8b4513");
            b.piece("roof", Primitive.PYRAMID, 1.5, 0.5, 1, 0, 2.05, 0, "#b22222");
        });
        define("windmill", b -> {
            b.piece("tower", Primitive.CONE, 1.4, 3, 1.4, 0, 1.5, 0, "#f5f5dc");
            b.piece("hub", Primitive.SPHERE, 0.3, 0.3, 0.3, 0, 2.6, 0.6, "#8b4513");
            b.piece("sail 1", Primitive.CUBE, 0.2, 2.4, 0.05, 0, 2.6, 0.7, "#ffffff");
            b.piece("sail 2", Primitive.CUBE, 2.4, 0.2, 0.05, 0, 2.6, 0.7, "#ffffff");
        });
        define("wall", b -> {
            // Three courses of bricks, each course offset by half a brick as masons lay them.
            for (int course = 0; course < 3; course++) {
                double offset = course % 2 == 0 ? 0 : 0.4;
                for (int i = 0; i < 4; i++) {
                    b.piece(
                            "brick " + (course * 4 + i + 1),
                            Primitive.CUBE,
                            0.78,
                            0.38,
                            0.4,
                            -1.2 + offset + i * 0.8,
                            0.2 + course * 0.4,
                            0,
                            "#b5472f");
                }
            }
        });
        define("stairs", b -> {
            for (int step = 0; step < 4; step++) {
                b.piece(
                        "step " + (step + 1),
                        Primitive.CUBE,
                        1.2,
                        0.3,
                        0.4,
                        0,
                        0.15 + step * 0.3,
                        -step * 0.4,
                        "#9e9e9e");
            }
        });
        alias("staircase", "stairs");
        alias("steps", "stairs");
        alias("couch", "sofa");
        alias("bookshelf", "shelf");
        alias("bookcase", "shelf");
        alias("aeroplane", "airplane");
        alias("jet", "airplane");
        alias("ship", "boat");
        alias("home", "house");
        alias("cottage", "house");
        alias("hut", "house");
        alias("fir", "pine");
        alias("spaceship", "rocket");
        alias("android", "robot");
        alias("fort", "castle");
        alias("palace", "castle");
    }

    private Blueprints() {}

    static Optional<String> named(String word) {
        // A word that is itself a name ("steps", "stairs") before its singular.
        String singular = word.endsWith("s") && !NAMES.containsKey(word) ? word.substring(0, word.length() - 1) : word;
        return Optional.ofNullable(NAMES.get(singular));
    }

    static List<Piece> pieces(String name) {
        return ALL.get(name);
    }

    /** Every word that names an object, aliases included. */
    static java.util.Set<String> names() {
        return NAMES.keySet();
    }

    /** The first word of every piece's label ("roof", "leg", "wheel"): what a sentence can name inside an object. */
    private static final java.util.Set<String> PIECE_WORDS = ALL.values().stream()
            .flatMap(List::stream)
            .map(piece -> piece.label().split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The piece word {@code word} names, as said ("walls") or as its singular ("legs" → "leg"); empty if none. */
    static Optional<String> pieceWord(String word) {
        if (PIECE_WORDS.contains(word)) {
            return Optional.of(word);
        }
        String singular = word.replaceFirst("s$", "");
        return PIECE_WORDS.contains(singular) ? Optional.of(singular) : Optional.empty();
    }

    static int count() {
        return ALL.size();
    }

    private static void alias(String word, String name) {
        NAMES.put(word, name);
    }

    private static void define(String name, java.util.function.Consumer<Builder> parts) {
        Builder builder = new Builder();
        parts.accept(builder);
        ALL.put(name, List.copyOf(builder.pieces));
        NAMES.put(name, name);
    }

    private static final class Builder {
        private final List<Piece> pieces = new ArrayList<>();

        void piece(
                String label,
                Primitive shape,
                double w,
                double h,
                double d,
                double x,
                double y,
                double z,
                String colour) {
            piece(label, shape, w, h, d, x, y, z, colour, 0, 0, 0);
        }

        void piece(
                String label,
                Primitive shape,
                double w,
                double h,
                double d,
                double x,
                double y,
                double z,
                String colour,
                double rx,
                double ry,
                double rz) {
            pieces.add(new Piece(label, shape, List.of(w, h, d), List.of(x, y, z), colour, List.of(rx, ry, rz)));
        }

        /** Four legs of height {@code h} under the corners at ±{@code x}, ±{@code z}, standing on the ground. */
        void legs(double x, double z, double thickness, double h, String colour) {
            int n = 1;
            for (double sx : new double[] {-x, x}) {
                for (double sz : new double[] {-z, z}) {
                    piece("leg " + n++, Primitive.CUBE, thickness, h, thickness, sx, h / 2, sz, colour);
                }
            }
        }
    }
}
