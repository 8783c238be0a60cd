package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names for new things: the kind said and the next free number of that kind ("chair 3", "sphere 2"). */
final class Names {

    private static final Pattern NUMBERED = Pattern.compile("^(.+?) (\\d{1,9})(?: .+)?$");

    private Names() {}

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
