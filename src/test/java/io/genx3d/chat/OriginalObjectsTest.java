package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.chat.objects.Piece;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 33 objects the chat built before its library became a data file stay exactly as they were: same pieces in the
 * same order, same labels, shapes, sizes, positions, colours and turns, and every old alias still names its object.
 * The expectation is a snapshot printed from the Java definitions, so this test passed against them first.
 */
class OriginalObjectsTest {

    private static final Path BEFORE = Path.of("src/test/resources/objects/blueprints-before.txt");

    /** Sums the old code made (0.1 + 2 * 0.55) differ from the written numbers (1.2) only in the last bits. */
    private static final double SAME = 1e-9;

    @Test
    void everyOriginalObjectHasThePiecesItHadBefore() throws IOException {
        Map<String, List<String[]>> before = pieces();
        assertEquals(33, before.size());
        for (Map.Entry<String, List<String[]>> object : before.entrySet()) {
            String name = object.getKey();
            assertEquals(Optional.of(name), Blueprints.named(name), name);
            List<Piece> now = Blueprints.pieces(name);
            assertEquals(object.getValue().size(), now.size(), name + " pieces");
            for (int i = 0; i < now.size(); i++) {
                String[] was = object.getValue().get(i);
                Piece piece = now.get(i);
                String where = name + " " + was[1];
                assertEquals(was[1], piece.label(), where);
                assertEquals(was[2], piece.shape().value(), where);
                assertSame(was[3], piece.size(), where + " size");
                assertSame(was[4], piece.at(), where + " position");
                assertEquals(was[5], piece.colour(), where);
                assertSame(was[6], piece.rotation(), where + " rotation");
            }
        }
    }

    @Test
    void everyOriginalAliasStillNamesItsObject() throws IOException {
        int aliases = 0;
        for (String line : lines()) {
            if (line.startsWith("alias ")) {
                String[] words = line.substring("alias ".length()).split(" -> ");
                assertTrue(Blueprints.names().contains(words[0]), words[0]);
                assertEquals(Optional.of(words[1]), Blueprints.named(words[0]), words[0]);
                aliases++;
            }
        }
        assertEquals(16, aliases);
    }

    private static void assertSame(String expected, List<Double> actual, String what) {
        String[] numbers = expected.split(" ");
        assertEquals(numbers.length, actual.size(), what);
        for (int axis = 0; axis < numbers.length; axis++) {
            assertEquals(Double.parseDouble(numbers[axis]), actual.get(axis), SAME, what);
        }
    }

    private static Map<String, List<String[]>> pieces() throws IOException {
        Map<String, List<String[]>> objects = new LinkedHashMap<>();
        for (String line : lines()) {
            if (line.contains("|")) {
                String[] fields = line.split(" \\| ");
                objects.computeIfAbsent(fields[0], name -> new ArrayList<>()).add(fields);
            }
        }
        return objects;
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(BEFORE).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }
}
