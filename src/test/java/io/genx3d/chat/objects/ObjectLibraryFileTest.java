package io.genx3d.chat.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.export.Primitive;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The object file's grammar: a block reads as written, labels may hold a word a shape also answers to, and any line
 * the reader cannot take exactly stops the whole load with that line's number, so a typo in a new object is found
 * by the build rather than by someone whose table is missing a leg.
 */
class ObjectLibraryFileTest {

    private static final String CHAIR = "object chair  aka seat, dining chair  category furniture";
    private static final String SEAT = "  seat  cube  0.8 0.1 0.8  at 0 0.45 0  #8b5a2b";
    private static final String BACK = "  back  cube  0.8 0.8 0.1  at 0 0.9 -0.35  #8b5a2b";

    @Test
    void aBlockIsReadAsWritten() {
        ObjectLibrary library = ObjectLibrary.read(
                "test",
                List.of(
                        "# a comment",
                        "",
                        CHAIR,
                        SEAT,
                        "  wheel 1  cylinder  0.6 0.2 0.6  at -0.9 0.3 0.6  #222222  rot 90 0 -12.5",
                        "  box  cube  1 1 1  at 0 0.5 0  #dcdcdc",
                        "object traffic-light  category street",
                        "  housing  cube  0.35 0.95 0.3  at 0 2.45 0  #222222"));
        assertEquals(2, library.count());
        Blueprint chair = library.blueprint("chair").orElseThrow();
        assertEquals("furniture", chair.category());
        assertEquals(List.of("seat", "dining chair"), chair.aliases());
        assertEquals(
                new Piece(
                        "wheel 1",
                        Primitive.CYLINDER,
                        List.of(0.6, 0.2, 0.6),
                        List.of(-0.9, 0.3, 0.6),
                        "#222222",
                        List.of(90.0, 0.0, -12.5)),
                chair.pieces().get(1));
        assertEquals(List.of(0.0, 0.0, 0.0), chair.pieces().get(0).rotation());
        assertEquals("box", chair.pieces().get(2).label(), "a label may be a word a shape answers to");
        assertEquals(Optional.of("chair"), library.named("dining chairs"));
        assertEquals(Optional.of("traffic-light"), library.named("traffic lights"));
        assertEquals(List.of("chair", "seat", "dining chair", "traffic-light"), List.copyOf(library.names()));
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3|  seat  cube  0.8 0.1 0.8  at 0 0.45 0  #8b5a2b",
                "3|object chair  furniture",
                "3|object Chair  category furniture",
                "3|object lamp post  category street",
                "3|object chair  aka Seat  category furniture",
                "3|object chair  aka seat",
                "4|  back  cube  0.8 0.8 0.1  at 0 0.9 -0.35  #8b5a2b",
                "4|object stool  aka dining chair  category furniture",
                "4|object chair  category furniture",
                "4|object dining-chair  category furniture",
                "4|  leg 1  cuboid  0.1 0.4 0.1  at 0 0.2 0  #6b4423",
                "4|  leg 1  box  0.1 0.4 0.1  at 0 0.2 0  #6b4423",
                "4|  leg 1  cube  0.1 0.4  at 0 0.2 0  #6b4423",
                "4|  leg 1  cube  0.1 0.4 0.1  0 0.2 0  #6b4423",
                "4|  leg 1  cube  0.1 0.4 0.1  at 0 0.2 0",
                "4|  leg 1  cube  0.1 0.4 0.1  at 0 0.2 0  brown",
                "4|  leg 1  cube  0.1 0.4 0.1  at 0 0.2 0  #6B4423",
                "4|  leg 1  cube  0.1 0.4 0.1  at 0 0.2 0  #6b4423  rot 90",
                "4|  leg 1  cube  0.1 0.4 0.1  at 0 0.2 0  #6b4423  turn 90 0 0",
                "4|  leg 1  cube  0.1 0.4 ten  at 0 0.2 0  #6b4423",
                "4|  leg 1  cube  0.1 0 0.1  at 0 0.2 0  #6b4423",
                "4|  leg 1  cube  0.1 -0.4 0.1  at 0 0.2 0  #6b4423",
                "4|  Leg 1  cube  0.1 0.4 0.1  at 0 0.2 0  #6b4423",
                "4|  1 leg  cube  0.1 0.4 0.1  at 0 0.2 0  #6b4423",
            })
    void aMalformedLineStopsTheLoadWithItsNumber(int line, String text) {
        List<String> lines = line == 3
                ? List.of("# chairs", "", text, SEAT, BACK)
                : List.of("# chairs", CHAIR, BACK, text, "object stool  category furniture", SEAT);
        MalformedObjectFile refused = assertThrows(MalformedObjectFile.class, () -> ObjectLibrary.read("x.txt", lines));
        assertEquals(line, refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("x.txt:" + line + ": "), refused.getMessage());
    }

    @Test
    void anObjectWithoutPiecesIsRefusedAtItsOwnLine() {
        MalformedObjectFile refused = assertThrows(
                MalformedObjectFile.class,
                () -> ObjectLibrary.read(
                        "x.txt", List.of(CHAIR, SEAT, "", "object stool  category furniture", "", "# end")));
        assertEquals(4, refused.line(), refused.getMessage());
    }

    @Test
    void aPieceBeforeAnyObjectIsRefused() {
        MalformedObjectFile refused =
                assertThrows(MalformedObjectFile.class, () -> ObjectLibrary.read("x.txt", List.of("# x", SEAT)));
        assertEquals(2, refused.line(), refused.getMessage());
    }

    @Test
    void theLibraryOnTheClasspathLoads() {
        assertTrue(ObjectLibrary.standard().count() > 0);
        assertTrue(ObjectLibrary.class.getResource(ObjectLibrary.RESOURCE) != null);
    }
}
