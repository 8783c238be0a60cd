package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The things of a model, read from its parts' names once per command: one pass, whatever the model's size. */
final class Entities {

    private Entities() {}

    /** The parts of one thing as they are met, with what it is called and where it first appears. */
    private record Group(String kind, int order, List<Part> parts) {}

    static List<Entity> of(List<Part> scene) {
        Map<String, Group> groups = new LinkedHashMap<>(scene.size() * 2);
        for (int i = 0; i < scene.size(); i++) {
            Part part = scene.get(i);
            String lower = part.name().toLowerCase(Locale.ROOT);
            int number = numberAt(lower);
            String key = lower;
            String kind = part.primitive();
            if (number > 0) {
                // "chair 2 leg 1": the thing is "chair 2", of kind "chair"; "cube 3" is itself, of kind "cube".
                int end = lower.indexOf(' ', number);
                key = end < 0 ? lower : lower.substring(0, end);
                kind = lower.substring(0, number - 1);
            }
            int order = i;
            String called = kind;
            groups.computeIfAbsent(key, k -> new Group(called, order, new ArrayList<>()))
                    .parts()
                    .add(part);
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        groups.forEach(
                (key, group) -> entities.add(new Entity(key, group.kind(), List.copyOf(group.parts()), group.order())));
        return entities;
    }

    /**
     * Where the first number of a name begins ("chair 2 leg 1" → 6): a word of one to nine digits after at least one
     * word, ending the name or followed by a space; 0 when there is none.
     */
    static int numberAt(String name) {
        int space = name.indexOf(' ');
        while (space > 0) {
            int start = space + 1;
            int end = start;
            while (end < name.length() && end - start < 10 && isDigit(name.charAt(end))) {
                end++;
            }
            int digits = end - start;
            if (digits >= 1 && digits <= 9 && (end == name.length() || name.charAt(end) == ' ')) {
                return start;
            }
            space = name.indexOf(' ', start);
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a piece's label ("leg 2", "roof", "arm left") is what a word names: the label, its first words, its kind
     * without the number ("leg"), or that kind in the plural ("legs", "boxes").
     */
    static boolean isPiece(String label, String word) {
        String bare = label.replaceAll(" \\d+$", "");
        return label.equals(word)
                || label.startsWith(word + " ")
                || bare.equals(word)
                || (bare + "s").equals(word)
                || (bare + "es").equals(word);
    }

    /** The piece label of a part of an object ("leg 1" of "chair 2 leg 1"), or "" for a part that is a thing itself. */
    static String pieceOf(Part part, Entity owner) {
        String lower = part.name().toLowerCase(Locale.ROOT);
        return lower.length() > owner.name().length() && lower.startsWith(owner.name() + " ")
                ? lower.substring(owner.name().length() + 1)
                : "";
    }
}
