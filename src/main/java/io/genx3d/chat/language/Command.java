package io.genx3d.chat.language;

import java.util.List;

/**
 * What one clause of a message asks for, with typed slots. The scene layer carries each out ({@code chat.scene}); no
 * slot holds English to be read again.
 */
public sealed interface Command {

    /** Make {@code items}, each where it says (against something, in a layout, or clear of the rest). */
    record Add(List<Item> items, boolean describesAScene) implements Command {

        public Add(List<Item> items) {
            this(items, false);
        }
    }

    /** Paint {@code target} a CSS colour. */
    record Paint(Referent target, String colour) implements Command {}

    /** Move {@code target} by {@code distance} units along {@code direction} (left, right, up, down, forward, back). */
    record Move(Referent target, String direction, double distance) implements Command {}

    /** Put {@code target} against something: on it, under it, beside it… */
    record Place(Referent target, Placement where) implements Command {}

    /** Turn {@code target} by {@code degrees} about {@code axis} (x, y or z). */
    record Turn(Referent target, double degrees, char axis) implements Command {}

    /**
     * Scale {@code target} by a factor on each axis, or to measures ({@code to}: width, height, depth, each null when
     * unsaid), or to the size of another thing ({@code like}).
     */
    record Resize(Referent target, double[] factor, Double[] to, Referent like) implements Command {

        public Resize(Referent target, double[] factor) {
            this(target, factor, null, null);
        }
    }

    /** Make {@code target} darker (a negative {@code amount}, down to -1) or lighter (up to 1). */
    record Shade(Referent target, double amount) implements Command {}

    /** Paint {@code target} the colour {@code like} has. */
    record PaintLike(Referent target, Referent like) implements Command {}

    record Remove(Referent target) implements Command {}

    /** Make {@code copies} more of {@code target}, placed beside it. */
    record Copy(Referent target, int copies) implements Command {}

    /** Stand {@code target} (several things) in a layout. */
    record Arrange(Referent target, Layout layout) implements Command {}

    /** Make {@code target} another kind of thing, keeping where it is, its size and its colour. */
    record ChangeKind(Referent target, Thing into) implements Command {}

    /** A question about the model. */
    record Ask(Question question, Referent about, Thing kind, String colour) implements Command {}

    /** Rename the model. */
    record Rename(String name) implements Command {}

    /** Rename one part ("rename the cube to table top", "call sphere 2 Bob"). */
    record RenamePart(Referent target, String name) implements Command {}

    /** Start a new, empty model (the current one is kept as it is). */
    record NewModel() implements Command {}

    /** Point at {@code target}: nothing changes, but "it" means it next ("the red one, make it a cube"). */
    record Focus(Referent target) implements Command {}

    /** Move {@code target} so that its centre is at (x, y, z). */
    record MoveTo(Referent target, double x, double y, double z) implements Command {}

    record Undo() implements Command {}

    record Clear() implements Command {}

    record Help() implements Command {}

    /** A greeting or thanks: answered kindly, nothing changes. */
    record Chat(String kind) implements Command {}

    /** What a question asks. */
    enum Question {
        COUNT,
        COLOUR,
        WHERE,
        /** Which one is the biggest, smallest, tallest…: {@code colour} holds the superlative said. */
        WHICH,
        SIZE,
        CONTENTS
    }

    /** Where something goes against something else: a relation ("on-top-of", "next-to"…) and what it is to. */
    record Placement(String relation, Referent anchor, Referent secondAnchor) {}

    /** How several things stand: a row, column, stack, circle, grid (columns by rows), pyramid or scattered. */
    record Layout(String kind, int columns, int rows) {}
}
