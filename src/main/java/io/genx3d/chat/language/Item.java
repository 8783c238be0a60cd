package io.genx3d.chat.language;

import java.util.HashMap;
import java.util.Map;

/**
 * Something to make, as a sentence describes it: how many ({@code count}), what, and its looks — a colour (a CSS name,
 * or null), a size factor ({@code size}, 1 when unsaid), proportions of its own ({@code proportions}: a factor on each
 * axis, e.g. tall is 1 by 2 by 1; null when unsaid), measures said in units ({@code dimensions}: width, height, depth,
 * each null when unsaid) and colours of its pieces ("a house with a red roof"). Where it goes: {@code position} among
 * what the same sentence makes ("left", "middle", "right"…, or null), {@code where} against something ("on top of the
 * cube", "around it"; null: clear of the rest) and {@code layout} when there are several ("in a row"; null: side by
 * side); {@code point} a centre said in numbers ("at 1 2 3"; null when unsaid).
 */
public record Item(
        int count,
        Thing thing,
        String colour,
        double size,
        double[] proportions,
        Double[] dimensions,
        Map<String, String> pieceColours,
        String position,
        Command.Placement where,
        Command.Layout layout,
        double[] point) {

    public Item {
        pieceColours = Map.copyOf(pieceColours);
    }

    public static Item of(int count, Thing thing) {
        return new Item(count, thing, null, 1, null, null, Map.of(), null, null, null, null);
    }

    Item withCount(int n) {
        return new Item(n, thing, colour, size, proportions, dimensions, pieceColours, position, where, layout, point);
    }

    Item at(String place) {
        return new Item(count, thing, colour, size, proportions, dimensions, pieceColours, place, where, layout, point);
    }

    Item placed(Command.Placement placement) {
        return new Item(
                count, thing, colour, size, proportions, dimensions, pieceColours, position, placement, layout, point);
    }

    Item centredAt(double[] xyz) {
        return new Item(
                count, thing, colour, size, proportions, dimensions, pieceColours, position, where, layout, xyz);
    }

    Item laidOut(Command.Layout how) {
        return new Item(count, thing, colour, size, proportions, dimensions, pieceColours, position, where, how, point);
    }

    Item coloured(String newColour) {
        return new Item(
                count, thing, newColour, size, proportions, dimensions, pieceColours, position, where, layout, point);
    }

    Item measured(Double[] newDimensions) {
        return new Item(
                count, thing, colour, size, proportions, newDimensions, pieceColours, position, where, layout, point);
    }

    Item withPieceColour(String piece, String pieceColour) {
        Map<String, String> colours = new HashMap<>(pieceColours);
        colours.put(piece, pieceColour);
        return new Item(count, thing, colour, size, proportions, dimensions, colours, position, where, layout, point);
    }
}
