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

    Names(List<Part> scene) {
        for (Part part : scene) {
            Matcher named = NUMBERED.matcher(part.name().toLowerCase(Locale.ROOT));
            if (named.matches()) {
                highest.merge(named.group(1), Integer.parseInt(named.group(2)), Math::max);
            }
        }
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

    /** How a kind said by a person is written in a name: one word, "traffic light" as "traffic-light". */
    static String kind(String said) {
        return said.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-");
    }
}
