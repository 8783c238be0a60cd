package io.genx3d.chat.language;

/** How many things a layout has when the sentence does not say ("a stack of boxes", "a row of cubes"). */
final class Layouts {

    private Layouts() {}

    static int defaultCount(String kind) {
        return switch (kind) {
            case "circle" -> 6;
            case "grid" -> 9;
            case "pyramid" -> 6;
            default -> 5;
        };
    }
}
