package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The things of a model, read from its parts' names once per command: one pass, whatever the model's size. */
final class Entities {

    private static final Pattern NAMED = Pattern.compile("^(.+?) (\\d{1,9})(?: (.+))?$");

    private Entities() {}

    static List<Entity> of(List<Part> scene) {
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, Integer> orders = new LinkedHashMap<>();
        for (int i = 0; i < scene.size(); i++) {
            Part part = scene.get(i);
            String lower = part.name().toLowerCase(Locale.ROOT);
            Matcher named = NAMED.matcher(lower);
            String key;
            String kind;
            if (named.matches() && named.group(3) != null) {
                key = named.group(1) + " " + named.group(2);
                kind = named.group(1);
            } else if (named.matches()) {
                key = lower;
                kind = named.group(1);
            } else {
                key = lower;
                kind = part.primitive();
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
            kinds.putIfAbsent(key, kind);
            orders.putIfAbsent(key, i);
        }
        List<Entity> entities = new ArrayList<>();
        groups.forEach(
                (key, parts) -> entities.add(new Entity(key, kinds.get(key), List.copyOf(parts), orders.get(key))));
        return entities;
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
