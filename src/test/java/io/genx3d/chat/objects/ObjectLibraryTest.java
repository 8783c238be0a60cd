package io.genx3d.chat.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.export.PartShape;
import io.genx3d.export.PlacedMesh;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every object in {@code chat/objects.txt} as a person would see it: standing on the ground, centred where it is put,
 * no bigger than a scene, made of a few pieces each with its own name, its main piece first. Shapes are measured as
 * the exporters mesh them (rotations included), not from their sizes, so a turned wheel or a leaning leg counts where
 * it really is. A few of the first 33 objects were drawn a little off these rules and are kept as they were; they
 * are named here, and no other object may join them.
 */
class ObjectLibraryTest {

    private static final ObjectLibrary LIBRARY = ObjectLibrary.standard();

    /** The mesh is stored in floats: a millimetre is as close as "on the ground" can be measured. */
    private static final double MESH = 1e-3;

    /** Kept as first drawn (OriginalObjectsTest): each with the rule it bends. */
    private static final Map<String, Set<String>> KEPT_AS_DRAWN = Map.of(
            "off the ground", Set.of("rocket", "airplane", "wall"),
            "off centre", Set.of("bed", "stairs", "windmill", "wall", "truck", "train", "robot"),
            "main piece smaller", Set.of("desk", "lamp", "truck", "tree", "pine", "flower", "mushroom"));

    private static final Set<String> CATEGORIES = Set.of(
            "furniture",
            "house",
            "kitchen",
            "buildings",
            "street",
            "garden",
            "vehicles",
            "nature",
            "toys",
            "things",
            "animals",
            "food",
            "sports");

    @Test
    void theLibraryHoldsAtLeastEightyFiveObjects() {
        assertTrue(LIBRARY.count() >= 85, "objects: " + LIBRARY.count());
        assertEquals(LIBRARY.count(), LIBRARY.all().size());
    }

    @Test
    void everyObjectStandsOnTheGround() {
        List<String> floating = new ArrayList<>();
        for (Blueprint object : LIBRARY.all()) {
            double lowest = box(object)[0][1];
            if (Math.abs(lowest) > MESH && !kept("off the ground", object)) {
                floating.add(object.name() + " lowest at " + lowest);
            }
        }
        assertEquals(List.of(), floating);
    }

    @Test
    void everyObjectIsCentredOnItsPlace() {
        List<String> offCentre = new ArrayList<>();
        for (Blueprint object : LIBRARY.all()) {
            double[][] box = box(object);
            double x = (box[0][0] + box[1][0]) / 2;
            double z = (box[0][2] + box[1][2]) / 2;
            if ((Math.abs(x) > MESH || Math.abs(z) > MESH) && !kept("off centre", object)) {
                offCentre.add(object.name() + " centred at x " + x + ", z " + z);
            }
        }
        assertEquals(List.of(), offCentre);
    }

    @Test
    void everyObjectFitsInTwelveUnits() {
        for (Blueprint object : LIBRARY.all()) {
            double[][] box = box(object);
            for (int axis = 0; axis < 3; axis++) {
                double extent = box[1][axis] - box[0][axis];
                assertTrue(extent <= 12, object.name() + " is " + extent + " along axis " + axis);
            }
        }
    }

    @Test
    void everyObjectHasTwoToTwentyPiecesEachWithItsOwnLabel() {
        for (Blueprint object : LIBRARY.all()) {
            int pieces = object.pieces().size();
            assertTrue(pieces >= 2 && pieces <= 20, object.name() + " has " + pieces + " pieces");
            Set<String> labels = new HashSet<>();
            object.pieces().forEach(piece -> assertTrue(labels.add(piece.label()), object.name() + " " + piece));
        }
    }

    /** "a red bus" paints the first piece; the eye, and the corpus, read an object's colour from its largest. */
    @Test
    void theFirstPieceIsTheLargest() {
        for (Blueprint object : LIBRARY.all()) {
            double first = volume(object.pieces().get(0));
            Optional<Piece> larger = object.pieces().stream()
                    .filter(piece -> volume(piece) > first + 1e-12)
                    .findFirst();
            assertTrue(
                    larger.isEmpty() || kept("main piece smaller", object),
                    object.name() + ": " + larger.map(Piece::label).orElse("") + " is larger than its first piece");
        }
    }

    @Test
    void onlyTheFirstThirtyThreeObjectsAreKeptOffTheRules() {
        Set<String> first = Set.of(
                "table",
                "chair",
                "stool",
                "bench",
                "desk",
                "bed",
                "sofa",
                "shelf",
                "lamp",
                "house",
                "tree",
                "pine",
                "flower",
                "mushroom",
                "snowman",
                "car",
                "truck",
                "boat",
                "train",
                "rocket",
                "airplane",
                "robot",
                "castle",
                "tower",
                "lighthouse",
                "bridge",
                "fence",
                "ladder",
                "tent",
                "well",
                "windmill",
                "wall",
                "stairs");
        KEPT_AS_DRAWN.values().forEach(kept -> assertTrue(first.containsAll(kept), kept.toString()));
        assertTrue(LIBRARY.all().stream().map(Blueprint::name).toList().containsAll(first));
    }

    @Test
    void everyObjectIsInOneOfTheCategories() {
        for (Blueprint object : LIBRARY.all()) {
            assertTrue(CATEGORIES.contains(object.category()), object.name() + ": " + object.category());
        }
    }

    @Test
    void everyNameAndAliasNamesItsObject() {
        for (Blueprint object : LIBRARY.all()) {
            assertTrue(object.name().matches("[a-z]+(?:-[a-z]+)*"), object.name());
            assertEquals(Optional.of(object.name()), LIBRARY.named(object.name()));
            assertEquals(Optional.of(object.name()), LIBRARY.named(object.name().replace('-', ' ')));
            assertEquals(Optional.of(object.name()), LIBRARY.named(object.name() + "s"), "plural of " + object);
            for (String alias : object.aliases()) {
                assertEquals(Optional.of(object.name()), LIBRARY.named(alias), alias);
                assertTrue(LIBRARY.names().contains(alias), alias);
            }
        }
    }

    @Test
    void pluralsAndCompoundsAreUnderstood() {
        assertEquals(Optional.of("bench"), LIBRARY.named("benches"));
        assertEquals(Optional.of("shelf"), LIBRARY.named("shelves"));
        assertEquals(Optional.of("sofa"), LIBRARY.named("couches"));
        assertEquals(Optional.of("lamp-post"), LIBRARY.named("lamp posts"));
        assertEquals(Optional.of("lamp-post"), LIBRARY.named("street  lights"));
        assertEquals(Optional.of("traffic-light"), LIBRARY.named("traffic light"));
        assertEquals(Optional.of("bus"), LIBRARY.named("buses"));
        assertEquals(Optional.of("stairs"), LIBRARY.named("steps"));
        assertEquals(Optional.empty(), LIBRARY.named("cube"));
        assertEquals(Optional.empty(), LIBRARY.named("lamp pole"));
    }

    @Test
    void pieceWordsAreTheFirstWordsOfLabelsSingularOrPlural() {
        assertEquals(Optional.of("leg"), LIBRARY.pieceWord("legs"));
        assertEquals(Optional.of("roof"), LIBRARY.pieceWord("roof"));
        assertEquals(Optional.of("leaf"), LIBRARY.pieceWord("leaves"));
        assertEquals(Optional.of("wheel"), LIBRARY.pieceWord("wheels"));
        assertEquals(Optional.empty(), LIBRARY.pieceWord("sky"));
    }

    private static boolean kept(String rule, Blueprint object) {
        return KEPT_AS_DRAWN.get(rule).contains(object.name());
    }

    private static double volume(Piece piece) {
        return piece.size().get(0) * piece.size().get(1) * piece.size().get(2);
    }

    /** The lowest and highest corner of the object's meshes: {{minX, minY, minZ}, {maxX, maxY, maxZ}}. */
    private static double[][] box(Blueprint object) {
        double[][] box = {
            {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE},
            {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE}
        };
        for (Piece piece : object.pieces()) {
            float[] positions = PlacedMesh.of(new Placed(piece)).mesh().positions();
            for (int i = 0; i < positions.length; i++) {
                box[0][i % 3] = Math.min(box[0][i % 3], positions[i]);
                box[1][i % 3] = Math.max(box[1][i % 3], positions[i]);
            }
        }
        return box;
    }

    /** A piece placed at the object's origin, as the exporters see a part. */
    private record Placed(Piece piece) implements PartShape {
        @Override
        public String name() {
            return piece.label();
        }

        @Override
        public String primitive() {
            return piece.shape().value();
        }

        @Override
        public List<Double> size() {
            return piece.size();
        }

        @Override
        public List<Double> position() {
            return piece.at();
        }

        @Override
        public List<Double> rotation() {
            return piece.rotation();
        }

        @Override
        public List<Double> scale() {
            return List.of(1.0, 1.0, 1.0);
        }

        @Override
        public String color() {
            return piece.colour();
        }
    }
}
