package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chat's language as a table: a phrase, said to a model holding "cube 1" (grey unit cube at the origin) and
 * "sphere 2" (red, diameter 1, at x = 2), gives this many parts, and the part named in the last column looks like
 * this: {@code primitive position size rotation scale colour}. New parts keep a 0.5 gap to their neighbours. Said to
 * the interpreter the server runs ({@link TypedInterpreter}). One row changed with it: "duplicate the cube" put the
 * copy at x = 1.5, inside the sphere at x = 2; a copy now stands clear of the whole model, at x = 3.5.
 */
class PhrasingsTest {

    private static final List<Part> SCENE = List.of(
            new Part("cube 1", "cube", Part.UNIT, Part.ORIGIN, Part.ORIGIN, Part.UNIT, "#cccccc"),
            new Part("sphere 2", "sphere", Part.UNIT, List.of(2.0, 0.0, 0.0), Part.ORIGIN, Part.UNIT, "#ff0000"));

    private final ChatInterpreter interpreter = new TypedInterpreter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Create a cube                                    | 3 | cube 3   | cube 3.5,0,0 1,1,1 0,0,0 1,1,1 #cccccc
            add a box                                        | 3 | cube 3   | cube 3.5,0,0 1,1,1 0,0,0 1,1,1 #cccccc
            Add a red sphere.                                | 3 | sphere 3 | sphere 3.5,0,0 1,1,1 0,0,0 1,1,1 #ff0000
            please make a blue cylinder                      | 3 | cylinder 3 | cylinder 3.5,0,0 1,1,1 0,0,0 1,1,1 #0000ff
            add a sphere with radius 2                       | 3 | sphere 3 | sphere 5,0,0 4,4,4 0,0,0 1,1,1 #cccccc
            add a cylinder radius 0.5 height 3               | 3 | cylinder 3 | cylinder 3.5,0,0 1,3,1 0,0,0 1,1,1 #cccccc
            add a cube 2 by 3 by 1                           | 3 | cube 3   | cube 4,0,0 2,3,1 0,0,0 1,1,1 #cccccc
            add a box 2x3x1                                  | 3 | cube 3   | cube 4,0,0 2,3,1 0,0,0 1,1,1 #cccccc
            add a cube of size 2                             | 3 | cube 3   | cube 4,0,0 2,2,2 0,0,0 1,1,1 #cccccc
            add a green cone at 1 2 3                        | 3 | cone 3   | cone 1,2,3 1,1,1 0,0,0 1,1,1 #008000
            add a cone at (1 2 3)                            | 3 | cone 3   | cone 1,2,3 1,1,1 0,0,0 1,1,1 #cccccc
            add a pyramid on top of the cube                 | 3 | pyramid 3 | pyramid 0,1,0 1,1,1 0,0,0 1,1,1 #cccccc
            put a sphere on the cube                         | 3 | sphere 3 | sphere 0,1,0 1,1,1 0,0,0 1,1,1 #cccccc
            add a cube above the sphere                      | 3 | cube 3   | cube 2,1.5,0 1,1,1 0,0,0 1,1,1 #cccccc
            add a torus next to the sphere                   | 3 | torus 3  | torus 3.5,0,0 1,0.25,1 0,0,0 1,1,1 #cccccc
            place a capsule beside the cube                  | 3 | capsule 3 | capsule 1.5,0,0 1,2,1 0,0,0 1,1,1 #cccccc
            add a gold plane                                 | 3 | plane 3  | plane 3.5,0,0 1,1,1 0,0,0 1,1,1 #ffd700
            add 3 cubes                                      | 5 | cube 4   | cube 5,0,0 1,1,1 0,0,0 1,1,1 #cccccc
            add three red spheres in a row                   | 5 | sphere 5 | sphere 6.5,0,0 1,1,1 0,0,0 1,1,1 #ff0000
            add 4 cubes in a circle at 0 0 0                 | 6 | cube 3   | cube 1.5,0,0 1,1,1 0,0,0 1,1,1 #cccccc
            add 4 cubes in a circle at 0 0 0                 | 6 | cube 4   | cube 0,0,1.5 1,1,1 0,0,0 1,1,1 #cccccc
            add a CornflowerBlue cube                        | 3 | cube 3   | cube 3.5,0,0 1,1,1 0,0,0 1,1,1 #6495ed
            add a #123abc cube                               | 3 | cube 3   | cube 3.5,0,0 1,1,1 0,0,0 1,1,1 #123abc
            move the cube up 2                               | 2 | cube 1   | cube 0,2,0 1,1,1 0,0,0 1,1,1 #cccccc
            move the sphere left by 3 units                  | 2 | sphere 2 | sphere -1,0,0 1,1,1 0,0,0 1,1,1 #ff0000
            move it down 1                                   | 2 | sphere 2 | sphere 2,-1,0 1,1,1 0,0,0 1,1,1 #ff0000
            move cube 1 forward 2                            | 2 | cube 1   | cube 0,0,2 1,1,1 0,0,0 1,1,1 #cccccc
            move the red sphere back 1.5                     | 2 | sphere 2 | sphere 2,0,-1.5 1,1,1 0,0,0 1,1,1 #ff0000
            move the cube to 4 5 6                           | 2 | cube 1   | cube 4,5,6 1,1,1 0,0,0 1,1,1 #cccccc
            move the cube to (1, 0, -1)                      | 2 | cube 1   | cube 1,0,-1 1,1,1 0,0,0 1,1,1 #cccccc
            rotate the cube 45 degrees                       | 2 | cube 1   | cube 0,0,0 1,1,1 0,45,0 1,1,1 #cccccc
            rotate the cube by 90 degrees around x           | 2 | cube 1   | cube 0,0,0 1,1,1 90,0,0 1,1,1 #cccccc
            turn the sphere 30 degrees about the z axis      | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,0,30 1,1,1 #ff0000
            spin it -90                                      | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,270,0 1,1,1 #ff0000
            scale the cube by 2                              | 2 | cube 1   | cube 0,0,0 1,1,1 0,0,0 2,2,2 #cccccc
            scale it by 0.5                                  | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,0,0 0.5,0.5,0.5 #ff0000
            make the cube bigger                             | 2 | cube 1   | cube 0,0,0 1,1,1 0,0,0 1.5,1.5,1.5 #cccccc
            make the sphere larger                           | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,0,0 1.5,1.5,1.5 #ff0000
            resize the cube to 2 by 1 by 3                   | 2 | cube 1   | cube 0,0,0 2,1,3 0,0,0 1,1,1 #cccccc
            paint the cube red                               | 2 | cube 1   | cube 0,0,0 1,1,1 0,0,0 1,1,1 #ff0000
            colour the sphere teal                           | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,0,0 1,1,1 #008080
            color it #00ff00                                 | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,0,0 1,1,1 #00ff00
            make the cube purple                             | 2 | cube 1   | cube 0,0,0 1,1,1 0,0,0 1,1,1 #800080
            turn the sphere orange                           | 2 | sphere 2 | sphere 2,0,0 1,1,1 0,0,0 1,1,1 #ffa500
            rename the cube to table top                     | 2 | table top | cube 0,0,0 1,1,1 0,0,0 1,1,1 #cccccc
            rename sphere 2 as ball                          | 2 | ball     | sphere 2,0,0 1,1,1 0,0,0 1,1,1 #ff0000
            duplicate the cube                               | 3 | cube 3   | cube 3.5,0,0 1,1,1 0,0,0 1,1,1 #cccccc
            copy the sphere                                  | 3 | sphere 3 | sphere 3.5,0,0 1,1,1 0,0,0 1,1,1 #ff0000
            """)
    void aPhraseChangesTheSceneAsExpected(String phrase, int parts, String partName, String expected) {
        Interpretation result = interpreter.interpret(phrase, SCENE);
        assertTrue(result.understood(), phrase + " -> " + result.reply());
        assertEquals(parts, result.scene().size(), result.reply());
        Part part = result.scene().stream()
                .filter(p -> p.name().equals(partName))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(expected, summary(part), phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            remove the cube        | cube 1
            delete sphere 2        | sphere 2
            delete it              | sphere 2
            """)
    void removingTakesThatPartAway(String phrase, String removed) {
        Interpretation result = interpreter.interpret(phrase, SCENE);
        assertTrue(result.understood(), result.reply());
        assertEquals(1, result.scene().size());
        assertTrue(result.scene().stream().noneMatch(p -> p.name().equals(removed)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            describe the model
            what's in the model
            list parts
            help
            """)
    void questionsAnswerWithoutChangingTheModel(String phrase) {
        Interpretation result = interpreter.interpret(phrase, SCENE);
        assertTrue(result.understood());
        assertEquals(null, result.scene());
        assertTrue(result.reply().length() > 20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            move the dodecahedron up 2
            paint the cube sparkly
            rotate the cone 45 degrees
            add a cube on top of the teapot
            scale the cube by -2
            make me a sandwich
            add 500 cubes
            """)
    void whatCannotBeDoneIsExplainedNotGuessed(String phrase) {
        Interpretation result = interpreter.interpret(phrase, SCENE);
        assertEquals(false, result.understood(), result.reply());
        assertEquals(null, result.scene());
        assertTrue(
                result.reply().contains("did not understand") || result.reply().startsWith("There is no"),
                result.reply());
    }

    private static String summary(Part part) {
        return part.primitive() + " " + vector(part.position()) + " " + vector(part.size()) + " "
                + vector(part.rotation()) + " " + vector(part.scale()) + " " + part.color();
    }

    private static String vector(List<Double> values) {
        return values.stream()
                .map(PhrasingsTest::number)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
    }

    private static String number(double value) {
        double rounded = Math.round(value * 1e6) / 1e6;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%s", rounded);
    }
}
