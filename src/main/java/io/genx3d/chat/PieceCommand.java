package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paints a piece of a named object: "paint the roof red", "make the table's legs black", "colour the roof of the house
 * blue" (and, through {@link Clauses}, "build a house with a red roof"). Without an object named, the newest object
 * that has such a piece.
 */
final class PieceCommand implements ChatCommand {

    private static final Pattern PAINT_PIECE = Pattern.compile(
            "^(?:paint|colou?r|make|turn) (?:the |its |their )?(?:((?:[a-z]+-)*[a-z]+?)'?s )?([a-z]+) (#?[a-z0-9]+)$");
    private static final Pattern PAINT_PIECE_OF =
            Pattern.compile("^(?:paint|colou?r|make|turn) (?:the |its )?([a-z]+) of (?:the |my )?("
                    + Blueprints.KIND
                    + ") (#?[a-z0-9]+)$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m;
        if ((m = PAINT_PIECE.matcher(text)).matches()) {
            return paint(m.group(1), m.group(2), m.group(3), scene);
        }
        if ((m = PAINT_PIECE_OF.matcher(text)).matches()) {
            return paint(m.group(2), m.group(1), m.group(3), scene);
        }
        return Optional.empty();
    }

    private static Optional<Interpretation> paint(
            String object, String pieceWord, String colourWord, List<Part> scene) {
        Optional<String> colour = Colours.hex(colourWord);
        Optional<String> named = Blueprints.pieceWord(pieceWord);
        if (colour.isEmpty() || named.isEmpty()) {
            return Optional.empty();
        }
        String piece = named.get();
        Optional<String> group = object == null ? newestWith(piece, scene) : GroupCommand.group(object, scene);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        List<Part> next = new ArrayList<>();
        int painted = 0;
        for (Part part : scene) {
            if (isPiece(part, group.get(), piece)) {
                next.add(part.withColor(colour.get()));
                painted++;
            } else {
                next.add(part);
            }
        }
        if (painted == 0) {
            return Optional.empty();
        }
        return Optional.of(new Interpretation(
                true,
                "Painted the " + group.get() + " " + pieceWord + " " + colourWord + ".",
                next,
                List.of(new ChatAction("paint_parts", null)),
                null));
    }

    /** "house 1 roof" is the roof of "house 1"; "table 1 leg 3" one of its legs. */
    private static boolean isPiece(Part part, String group, String piece) {
        String name = part.name();
        return name.equals(group + " " + piece) || name.startsWith(group + " " + piece + " ");
    }

    private static Optional<String> newestWith(String piece, List<Part> scene) {
        for (int i = scene.size() - 1; i >= 0; i--) {
            Optional<String> group = Groups.of(scene.get(i));
            if (group.isPresent() && isPiece(scene.get(i), group.get(), piece)) {
                return group;
            }
        }
        return Optional.empty();
    }
}
