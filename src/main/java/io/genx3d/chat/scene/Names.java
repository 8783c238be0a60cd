package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names for new things: the kind said and the next free number of that kind ("chair 3", "sphere 2"). */
final class Names {

    private static final Pattern NUMBERED = Pattern.compile("^(.+?) (\\d{1,9})(?: .+)?$");

    /** The highest number of each kind in a model, counted once and then kept as names are taken. */
    private final java.util.Map<String, Integer> highest = new java.util.HashMap<>();

    /** Every name in the model, lowercased, and those given since. */
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    Names(List<Part> scene) {
        for (Part part : scene) {
            taken.add(part.name().toLowerCase(Locale.ROOT));
            Matcher named = NUMBERED.matcher(part.name().toLowerCase(Locale.ROOT));
            if (named.matches()) {
                highest.merge(named.group(1), Integer.parseInt(named.group(2)), Math::max);
            }
        }
    }

    /** "cube 3" for a part that will be the model's {@code place}-th, or the next number free after it; taken. */
    String free(String kind, int place) {
        int n = place;
        while (taken.contains(kind + " " + n)) {
            n++;
        }
        String name = kind + " " + n;
        taken.add(name);
        highest.merge(kind, n, Math::max);
        return name;
    }

    /** The next free number of the kind, taken: the next call gives the one after. */
    int take(String kind) {
        return highest.merge(kind.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }

    /** The next free "kind n": one past the highest number any part of that kind has. */
    static int next(String kind, List<Part> scene) {
        int highest = 0;
        String wanted = kind.toLowerCase(Locale.ROOT);
        for (Part part : scene) {
            Matcher named = NUMBERED.matcher(part.name().toLowerCase(Locale.ROOT));
            if (named.matches() && named.group(1).equals(wanted)) {
                highest = Math.max(highest, Integer.parseInt(named.group(2)));
            }
        }
        return highest + 1;
    }

    /**
     * "cube 3": the kind and the part's place in the model (one past its size), or the next number free of any name
     * there — as the chat has always named a new shape.
     */
    static String nextFree(String kind, List<Part> scene) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        scene.forEach(part -> taken.add(part.name().toLowerCase(Locale.ROOT)));
        int n = scene.size() + 1;
        while (taken.contains(kind + " " + n)) {
            n++;
        }
        return kind + " " + n;
    }

    /** How a kind said by a person is written in a name: one word, "traffic light" as "traffic-light". */
    static String kind(String said) {
        return said.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-");
    }
}
