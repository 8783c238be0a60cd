package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.errors.ApiException;
import io.genx3d.export.Primitive;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding 17: one chat message could take seconds of CPU ("x and x …" re-read the whole message for every "and";
 * "stack them. " said 160 times rearranged a 1,000-part model 160 times). A message that says more than a message may
 * is refused before any of it is read, naming the limit; what real requests say is still read whole. Costs are shown
 * by {@code ChatCostBenchmark}, never asserted here.
 */
class ChatBoundsTest {

    private final ChatInterpreter interpreter = new TypedInterpreter();

    @Test
    void finding17_hundredsOfAndsInOneMessageAreRefusedNamingTheClauseLimit() {
        String message = repeated("x and ", "x", 2000);
        Map<String, Object> details = refusal(message, List.of());
        assertEquals("message", details.get("field"));
        assertEquals("max_clauses", details.get("limit"));
        assertEquals(10, details.get("max_clauses"));
        assertEquals(334, details.get("clauses"));
    }

    @Test
    void finding17_aWishRepeatedWithAndIsRefusedNotReadForSeconds() {
        Map<String, Object> details = refusal("i want " + repeated("big and ", "big", 1993), List.of());
        assertEquals("max_clauses", details.get("limit"));
    }

    @Test
    void finding17_stackThemSaidAHundredAndSixtyTimesOverAThousandPartsIsRefused() {
        Map<String, Object> details = refusal("stack them. ".repeat(160).strip(), scene(1_000));
        assertEquals("max_clauses", details.get("limit"));
        assertEquals(160, details.get("clauses"));
    }

    @Test
    void finding17_theInterpreterRefusesAMessageLongerThanAChatMessageMayBe() {
        Map<String, Object> details = refusal("add a cube " + "x".repeat(2000), List.of());
        assertEquals("message", details.get("field"));
        assertEquals("max_characters", details.get("limit"));
        assertEquals(2000, details.get("max_characters"));
        assertEquals(2011, details.get("characters"));
    }

    /**
     * An arrangement checks each thing it moves against each part it leaves (so nothing lands inside another); past
     * the bound it stops checking and stands the arrangement beside the rest of the model, which is clear of everything
     * without a check. Here 1,500 cubes arranged among 1,500 small spheres (2,250,000 pairs, all near the row).
     */
    @Test
    void finding17_anArrangementTooBigToCheckStandsBesideTheRestOfTheModel() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            parts.add(Part.of("cube " + (2 * i + 1), Primitive.CUBE).withPosition(List.of(3.0 * i, 0.0, 0.0)));
            // In the gaps of the row the cubes will stand in, touching nothing.
            parts.add(new Part(
                    "sphere " + (2 * i + 2),
                    "sphere",
                    List.of(0.2, 0.2, 0.2),
                    List.of(1.5 * i + 0.75, 0.0, 0.0),
                    Part.ORIGIN,
                    Part.UNIT,
                    Part.DEFAULT_COLOR));
        }
        Interpretation row = interpreter.interpret("put the cubes in a row", parts);
        assertTrue(row.understood(), row.reply());
        double restRight = parts.stream()
                .filter(p -> p.primitive().equals("sphere"))
                .mapToDouble(p -> p.position().get(0) + 0.1)
                .max()
                .orElseThrow();
        for (Part cube : row.scene()) {
            if (cube.primitive().equals("cube")) {
                assertTrue(cube.position().get(0) - 0.5 >= restRight, cube + " stands beside the spheres");
            }
        }
    }

    /** What real requests say, a handful of things at once, is read whole. */
    @Test
    void aMessageAtTheClauseLimitIsReadWhole() {
        Interpretation ten = interpreter.interpret("add a cube. ".repeat(10).strip(), List.of());
        assertTrue(ten.understood(), ten.reply());
        assertEquals(10, ten.scene().size());
        Interpretation many = interpreter.interpret(
                "add a cube, a cylinder, a cone, a torus, a sphere, a pyramid, a capsule and a plane", List.of());
        assertEquals(8, many.scene().size(), many.reply());
    }

    @Test
    void aMessageOfManyAndsThatAreOneClauseKeepsItsMeaning() {
        Interpretation box = interpreter.interpret("add a box of width 3, height 1 and depth 2", List.of());
        assertEquals(List.of(3.0, 1.0, 2.0), box.scene().get(0).size(), box.reply());
        List<Part> two =
                interpreter.interpret("add a cube and a sphere", List.of()).scene();
        Interpretation between = interpreter.interpret("add a cone between the cube and the sphere", two);
        assertEquals(3, between.scene().size(), between.reply());
    }

    /** The limits are settings (genx3d.chat.*): an operator's values hold instead of the shipped ones. */
    @Test
    void theLimitsAreTheConfiguredOnes() {
        ChatInterpreter strict = new TypedInterpreter(new ChatLimits(30, 2, 0));
        assertEquals(
                2,
                strict.interpret("add a cube and a sphere", List.of()).scene().size());
        ChatLimitExceeded clauses =
                assertThrows(ChatLimitExceeded.class, () -> strict.interpret("a cube. a cone. a ball", List.of()));
        assertEquals(ChatLimitExceeded.Limit.MAX_CLAUSES, clauses.limit());
        assertEquals(2, clauses.body().error().details().get("max_clauses"));
        ChatLimitExceeded length = assertThrows(
                ChatLimitExceeded.class, () -> strict.interpret("add a cube please, right now ok", List.of()));
        assertEquals(ChatLimitExceeded.Limit.MAX_CHARACTERS, length.limit());
        // Two cubes put in a row (centred on where they were, x = 2.5, 1.5 apart) around a small sphere standing in the
        // row's gap:
        // checked, they stay where the row puts them; with no checks allowed they stand beside it unchecked.
        List<Part> scene = List.of(
                Part.of("cube 1", Primitive.CUBE),
                Part.of("cube 2", Primitive.CUBE).withPosition(List.of(5.0, 0.0, 0.0)),
                new Part(
                        "sphere 3",
                        "sphere",
                        List.of(0.2, 0.2, 0.2),
                        List.of(2.5, 0.0, 0.0),
                        Part.ORIGIN,
                        Part.UNIT,
                        Part.DEFAULT_COLOR));
        assertEquals(
                1.75,
                interpreter
                        .interpret("put the cubes in a row", scene)
                        .scene()
                        .get(0)
                        .position()
                        .get(0),
                1e-9);
        Part moved = strict.interpret("put the cubes in a row", scene).scene().get(0);
        assertTrue(moved.position().get(0) - 0.5 >= 2.6, moved + " stands beside the sphere");
    }

    /** An edit of every matching part of a 10,000-part model is one pass: each cube painted, nothing else touched. */
    @Test
    void paintingEveryCubeOfATenThousandPartModelPaintsEachCubeAndNothingElse() {
        List<Part> parts = scene(10_000);
        Interpretation painted = interpreter.interpret("paint all the cubes red", parts);
        assertTrue(painted.understood(), painted.reply());
        assertEquals(10_000, painted.scene().size());
        for (int i = 0; i < parts.size(); i++) {
            Part after = painted.scene().get(i);
            assertEquals(parts.get(i).name(), after.name());
            assertEquals(
                    after.primitive().equals("cube") ? "#ff0000" : Part.DEFAULT_COLOR, after.color(), after.name());
        }
        assertEquals(5_000, painted.actions().size());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ChatLimits(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChatLimits(2000, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChatLimits(2000, 10, -1));
    }

    private Map<String, Object> refusal(String message, List<Part> scene) {
        ApiException refused = assertThrows(ApiException.class, () -> interpreter.interpret(message, scene, null));
        assertEquals(400, refused.status());
        assertEquals("BAD_REQUEST", refused.body().error().code());
        return refused.body().error().details();
    }

    /** {@code unit} repeated, ending with {@code last}, to at most {@code length} characters. */
    private static String repeated(String unit, String last, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() + unit.length() + last.length() <= length) {
            text.append(unit);
        }
        return text.append(last).toString();
    }

    private static List<Part> scene(int count) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Primitive primitive = i % 2 == 0 ? Primitive.CUBE : Primitive.SPHERE;
            parts.add(Part.of(primitive.value() + " " + (i + 1), primitive)
                    .withPosition(List.of(1.5 * (i % 100), 0.0, 1.5 * (i / 100))));
        }
        return parts;
    }
}
