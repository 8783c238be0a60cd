package io.genx3d.chat.objects;

import io.genx3d.export.Primitive;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one piece line: {@code <label words> <shape> <w> <h> <d> at <x> <y> <z> <#rrggbb> [rot <rx> <ry> <rz>]}. The
 * line is read from its {@code at}, not from its start, because a label may itself be a word the shapes accept
 * ("box" is the truck's load), so the shape is always the word three numbers before {@code at}.
 */
final class PieceLine {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    /** A label: a word, then words or numbers ("leg 1", "lamp room", "arm left"). */
    private static final Pattern LABEL = Pattern.compile("[a-z]+(?: (?:[a-z]+|\\d+))*");

    private PieceLine() {}

    /** The piece {@code text} describes, or a {@link MalformedObjectFile} naming line {@code number}. */
    static Piece read(String text, String source, int number) {
        List<String> tokens = Arrays.asList(text.strip().split("\\s+"));
        int at = tokens.indexOf("at");
        if (at < 5) {
            throw new MalformedObjectFile(
                    source, number, "a piece is '<label> <shape> <w> <h> <d> at <x> <y> <z> <#colour>', got: " + text);
        }
        String label = String.join(" ", tokens.subList(0, at - 4));
        if (!LABEL.matcher(label).matches()) {
            throw new MalformedObjectFile(
                    source, number, "a label is lowercase words and numbers, got '" + label + "'");
        }
        Primitive shape = shape(tokens.get(at - 4), source, number);
        List<Double> size = numbers(tokens.subList(at - 3, at), source, number);
        if (size.get(0) <= 0 || size.get(2) <= 0 || size.get(1) < 0 || size.get(1) == 0 && shape != Primitive.PLANE) {
            throw new MalformedObjectFile(source, number, "sizes are above zero (a plane's height may be 0)");
        }
        List<String> rest = tokens.subList(at + 1, tokens.size());
        if (rest.size() != 4 && !(rest.size() == 8 && rest.get(4).equals("rot"))) {
            throw new MalformedObjectFile(
                    source, number, "after 'at': <x> <y> <z> <#colour>, then optionally 'rot <rx> <ry> <rz>'");
        }
        List<Double> position = numbers(rest.subList(0, 3), source, number);
        String colour = rest.get(3);
        if (!COLOUR.matcher(colour).matches()) {
            throw new MalformedObjectFile(source, number, "a colour is #rrggbb in lowercase, got '" + colour + "'");
        }
        List<Double> rotation = rest.size() == 8 ? numbers(rest.subList(5, 8), source, number) : List.of(0.0, 0.0, 0.0);
        return new Piece(label, shape, size, position, colour, rotation);
    }

    /** Only a shape's own name: "box", which the chat also accepts, would read as a label here. */
    private static Primitive shape(String word, String source, int number) {
        return Arrays.stream(Primitive.values())
                .filter(primitive -> primitive.value().equals(word))
                .findFirst()
                .orElseThrow(() -> new MalformedObjectFile(
                        source,
                        number,
                        "unknown shape '" + word + "' (one of "
                                + Arrays.stream(Primitive.values())
                                        .map(Primitive::value)
                                        .toList() + ")"));
    }

    private static List<Double> numbers(List<String> words, String source, int number) {
        for (String word : words) {
            if (!NUMBER.matcher(word).matches()) {
                throw new MalformedObjectFile(source, number, "expected a number, got '" + word + "'");
            }
        }
        return words.stream().map(Double::valueOf).toList();
    }
}
