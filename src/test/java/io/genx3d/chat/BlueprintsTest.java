package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named objects: the library's size, and a group added, moved, resized, painted and removed as one. */
class BlueprintsTest {

    private final ChatInterpreter chat = new TypedInterpreter();

    @Test
    void theLibraryHasAtLeastTwentyFiveObjects() {
        assertTrue(Blueprints.count() >= 25, "objects: " + Blueprints.count());
    }

    @Test
    void anObjectIsAddedAsAGroupAndChangedAsOne() {
        List<Part> scene = said("add a cube", new ArrayList<>());
        scene = said("add a table", scene);
        List<Part> table = members(scene, "table 1");
        assertEquals(5, table.size(), scene.toString());

        List<Part> moved = said("move the table left 2", scene);
        for (int i = 0; i < table.size(); i++) {
            assertEquals(
                    table.get(i).position().get(0) - 2,
                    members(moved, "table 1").get(i).position().get(0),
                    1e-9);
        }
        assertEquals(scene.get(0), moved.get(0), "the cube stays where it was");

        List<Part> bigger = said("make the table bigger", scene);
        Part top = members(bigger, "table 1").get(0);
        assertEquals(1.5, top.scale().get(0), 1e-9);
        assertTrue(top.position().get(1) > table.get(0).position().get(1), "it grows from its base, upwards");

        List<Part> painted = said("paint the table blue", scene);
        assertTrue(members(painted, "table 1").stream().allMatch(p -> p.color().equals("#0000ff")));

        List<Part> removed = said("remove the table", scene);
        assertEquals(1, removed.size());

        List<Part> copied = said("duplicate the table", scene);
        assertEquals(5, members(copied, "table 2").size());
        assertTrue(members(copied, "table 2").get(0).position().get(0)
                > table.get(0).position().get(0));

        List<Part> turned = said("rotate the table 90 degrees", scene);
        assertEquals(90, members(turned, "table 1").get(0).rotation().get(1), 1e-9);
        Part leg = members(turned, "table 1").get(1);
        assertEquals(table.get(1).position().get(1), leg.position().get(1), 1e-9, "turned about the vertical");
    }

    @Test
    void aSizeAdjectiveScalesTheWholeObjectAndAColourPaintsItsMainPart() {
        List<Part> plain = members(said("add a house", new ArrayList<>()), "house 1");
        List<Part> little = members(said("I'd like a little red house", new ArrayList<>()), "house 1");
        assertEquals(plain.size(), little.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(0.5, little.get(i).scale().get(1), 1e-9);
            assertEquals(
                    plain.get(i).position().get(1) / 2, little.get(i).position().get(1), 1e-9);
        }
        assertEquals("#ff0000", little.get(0).color());
        List<Part> wooden = members(said("give me a wooden-looking chair", new ArrayList<>()), "chair 1");
        assertEquals("#deb887", wooden.get(0).color(), "wooden is burlywood");
    }

    @Test
    void anObjectIsPutOnOrBesideAnotherObject() {
        List<Part> scene = said("add a table", new ArrayList<>());
        scene = said("put a lamp on the table", scene);
        double tableTop = members(scene, "table 1").stream()
                .mapToDouble(p -> p.position().get(1) + Layout.extent(p, 1) / 2)
                .max()
                .orElseThrow();
        double lampBottom = members(scene, "lamp 1").stream()
                .mapToDouble(p -> p.position().get(1) - Layout.extent(p, 1) / 2)
                .min()
                .orElseThrow();
        assertEquals(tableTop, lampBottom, 1e-9, "the lamp stands on the table top");

        scene = said("add a snowman next to the table", scene);
        double tableRight = members(scene, "table 1").stream()
                .mapToDouble(p -> p.position().get(0) + Layout.extent(p, 0) / 2)
                .max()
                .orElseThrow();
        assertTrue(members(scene, "snowman 1").stream()
                .allMatch(p -> p.position().get(0) - Layout.extent(p, 0) / 2 > tableRight));
    }

    private List<Part> said(String message, List<Part> scene) {
        Interpretation result = chat.interpret(message, scene);
        assertTrue(result.understood(), message + " -> " + result.reply());
        return result.scene();
    }

    private static List<Part> members(List<Part> scene, String group) {
        return scene.stream().filter(p -> Groups.isIn(p, group)).toList();
    }
}
