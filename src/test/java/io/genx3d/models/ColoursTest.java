package io.genx3d.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void everyCssNamedColourIsKnownInAnyCase() {
        assertEquals(148, Colours.namedCount());
        assertEquals("#6495ed", Colours.hex("CornflowerBlue").orElseThrow());
        assertEquals("#663399", Colours.hex("rebeccapurple").orElseThrow());
        assertEquals("#808080", Colours.hex("grey").orElseThrow());
        assertEquals("#808080", Colours.hex("gray").orElseThrow());
    }

    @Test
    void hexColoursAreNormalisedAndAnythingElseIsRefused() {
        assertEquals("#aabbcc", Colours.hex("#AABBCC").orElseThrow());
        assertTrue(Colours.hex("#abc").isEmpty());
        assertTrue(Colours.hex("sparkly").isEmpty());
        assertTrue(Colours.hex("#gggggg").isEmpty());
    }
}
