package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.models.Part;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandInterpreterTest {

    private final CommandInterpreter interpreter = new CommandInterpreter();

    /** A model started in the chat is named for what it holds, not only its first primitive. */
    @Test
    void aNewModelIsNamedForWhatItHolds() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("Create a cube", "Cube");
        names.put("a red ball", "Red sphere");
        names.put("a cube and two spheres", "Cube and 2 spheres");
        names.put("make a table and four chairs", "Table and 4 chairs");
        names.put("build a snowman", "Snowman");
        names.put("a circle of 6 spheres", "Circle of 6 spheres");
        names.forEach((message, name) ->
                assertEquals(name, interpreter.interpret(message, List.of()).suggestedModelName(), message));
    }

    /** Copies of one part stand in a row beside it, each in its own place, not all on the first copy's spot. */
    @Test
    void copiesOfAPartStandInARowBesideIt() {
        List<Part> scene = interpreter.interpret("add a cube", List.of()).scene();
        Interpretation copied = interpreter.interpret("make 3 copies of the cube", scene);
        assertTrue(copied.understood(), copied.reply());
        List<Double> xs = copied.scene().stream().map(p -> p.position().get(0)).toList();
        assertEquals(4, xs.stream().distinct().count(), "four places: " + xs);
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) >= xs.get(i - 1) + 1, "each copy clear of the one before: " + xs);
        }
        assertEquals(List.of(new ChatAction("add_part", "cube 4")), copied.actions(), "\"it\" is the newest copy");
    }

    /**
     * Arranging what is there moves a named object as one and never puts anything inside what is not being arranged:
     * two spheres put in a circle beside three cubes stand clear of every cube.
     */
    @Test
    void arrangingExistingThingsKeepsObjectsWholeAndClearOfTheRest() {
        List<Part> scene = List.of();
        for (String message : new String[] {"add 3 cubes", "add 2 spheres", "add a house"}) {
            scene = interpreter.interpret(message, scene).scene();
        }
        Part walls = scene.stream()
                .filter(p -> p.name().equals("house 1 walls"))
                .findFirst()
                .orElseThrow();
        Part roof = scene.stream()
                .filter(p -> p.name().equals("house 1 roof"))
                .findFirst()
                .orElseThrow();
        Interpretation circled = interpreter.interpret("arrange the spheres in a circle", scene);
        assertTrue(circled.understood(), circled.reply());
        List<Part> after = circled.scene();
        List<Part> spheres =
                after.stream().filter(p -> p.primitive().equals("sphere")).toList();
        for (Part sphere : spheres) {
            for (Part other : after) {
                if (other != sphere && !other.primitive().equals("sphere")) {
                    assertFalse(overlap(sphere, other), sphere.name() + " stands in " + other.name());
                }
            }
        }
        Interpretation row = interpreter.interpret("put everything in a row", after);
        Part wallsAfter = row.scene().stream()
                .filter(p -> p.name().equals("house 1 walls"))
                .findFirst()
                .orElseThrow();
        Part roofAfter = row.scene().stream()
                .filter(p -> p.name().equals("house 1 roof"))
                .findFirst()
                .orElseThrow();
        for (int axis = 0; axis < 3; axis++) {
            assertEquals(
                    roof.position().get(axis) - walls.position().get(axis),
                    roofAfter.position().get(axis) - wallsAfter.position().get(axis),
                    1e-9,
                    "the roof stays on the walls");
        }
    }

    private static boolean overlap(Part a, Part b) {
        for (int axis = 0; axis < 3; axis++) {
            double reach = (Layout.extent(a, axis) + Layout.extent(b, axis)) / 2;
            if (Math.abs(a.position().get(axis) - b.position().get(axis)) >= reach - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** "darker" and "lighter" keep the hue and move every channel towards black or white. */
    @Test
    void darkerAndLighterShadeThePartsOwnColour() {
        List<Part> scene = interpreter.interpret("add a red sphere", List.of()).scene();
        assertEquals(
                "#aa0000",
                interpreter.interpret("make it darker", scene).scene().get(0).color());
        assertEquals(
                "#ff8080",
                interpreter
                        .interpret("make it much lighter", scene)
                        .scene()
                        .get(0)
                        .color());
    }

    @Test
    void createACubeMakesOneUnitCubeAtTheOrigin() {
        Interpretation result = interpreter.interpret("Create a cube", List.of());
        assertTrue(result.understood());
        assertEquals(1, result.scene().size());
        Part cube = result.scene().get(0);
        assertEquals("cube", cube.primitive());
        assertEquals(List.of(1.0, 1.0, 1.0), cube.size());
        assertEquals(List.of(0.0, 0.0, 0.0), cube.position());
        assertEquals("Cube", result.suggestedModelName());
        assertEquals(List.of(new ChatAction("add_part", "cube 1")), result.actions());
    }

    @ParameterizedTest
    @CsvSource({
        "Create a cube, cube, 1, #cccccc",
        "add 3 red spheres, sphere, 3, #ff0000",
        "Make two blue boxes, cube, 2, #0000ff",
        "please add a green cylinder., cylinder, 1, #008000",
        "build 4 cones, cone, 4, #cccccc",
        "add #123abc torus, torus, 1, #123abc",
        "put a yellow pyramid, pyramid, 1, #ffff00",
        "draw ten capsules, capsule, 10, #cccccc",
        "create an orange plane, plane, 1, #ffa500"
    })
    void creatingCommandsAddTheNamedPartsInTheirColour(String message, String primitive, int count, String colour) {
        Interpretation result = interpreter.interpret(message, List.of());
        assertTrue(result.understood(), message);
        assertEquals(count, result.scene().size());
        for (Part part : result.scene()) {
            assertEquals(primitive, part.primitive());
            assertEquals(colour, part.color());
        }
        long distinctPositions =
                result.scene().stream().map(Part::position).distinct().count();
        assertEquals(count, distinctPositions, "parts are laid out without overlapping");
    }

    @Test
    void addingToAnExistingSceneKeepsItsParts() {
        List<Part> scene = interpreter.interpret("Create a cube", List.of()).scene();
        Interpretation result = interpreter.interpret("add a sphere", scene);
        assertEquals(2, result.scene().size());
        assertEquals(scene.get(0), result.scene().get(0));
        assertEquals("sphere 2", result.scene().get(1).name());
    }

    @Test
    void helpListsWhatIsUnderstoodWithoutChangingTheScene() {
        Interpretation result = interpreter.interpret("help", List.of());
        assertTrue(result.understood());
        assertNull(result.scene());
        assertTrue(result.reply().contains("Create a cube"));
    }

    @ParameterizedTest
    @CsvSource({"'make me a sandwich'", "'create a dodecahedron'", "'add 5000 cubes'", "'add a sparkly cube'", "'hello'"
    })
    void unknownTextGetsASuggestionNotAnError(String message) {
        Interpretation result = interpreter.interpret(message, List.of());
        assertFalse(result.understood());
        assertNull(result.scene());
        assertTrue(result.reply().contains("did not understand"), result.reply());
        assertTrue(result.reply().contains("Did you mean"), result.reply());
    }

    /** A part named by its owner (PUT) with a number too large for an int is a name, not a group number. */
    @Test
    void aStoredPartNameWithAHugeNumberDoesNotBreakNamingTheNextObject() {
        List<Part> scene = List.of(Part.of("table 99999999999 top", io.genx3d.export.Primitive.CUBE));
        Interpretation added = interpreter.interpret("add a table", scene);
        assertTrue(added.scene().size() > 1, added.reply());
    }
}
