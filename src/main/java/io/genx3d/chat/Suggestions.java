package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What to say when a message is not understood: what is missing ("There is no cone in this model") when it names a
 * part that is not there, otherwise the nearest thing that can be done ("Did you mean "add a sphere"?").
 */
final class Suggestions {

    private static final Pattern EDIT = Pattern.compile(
            "^(move|rotate|turn|spin|scale|resize|paint|colou?r|make|remove|rename|duplicate|copy|clone) "
                    + "(?:the|my|that|this) ([a-z]+)(?: ([a-z]+))?\\b.*");
    private static final Pattern ADD = Pattern.compile("^add (?:.* )?([a-z]+)$");

    private Suggestions() {}

    static String forMessage(String message, String text, List<Part> scene) {
        Matcher edit = EDIT.matcher(text);
        if (edit.matches()) {
            // "move the blue cube up": the thing is the colour and the word after it.
            boolean coloured =
                    edit.group(3) != null && Colours.hex(edit.group(2)).isPresent();
            String thing = coloured ? edit.group(3) : edit.group(2);
            String said = coloured ? edit.group(2) + " " + thing : thing;
            if (coloured ? Targets.find(said, scene).isEmpty() : !named(thing, scene)) {
                return "There is no " + said + " in this model" + contents(scene) + ".";
            }
        }
        Matcher add = ADD.matcher(text);
        String example = add.matches() ? "add a " + nearestThing(add.group(1)) : example(text, scene);
        return "Sorry, I did not understand \"" + message.strip() + "\". Did you mean \"" + example
                + "\"? Type \"help\" to see what I understand.";
    }

    private static boolean named(String word, List<Part> scene) {
        return scene.stream()
                .anyMatch(p -> p.name().startsWith(word + " ")
                        || p.name().equals(word)
                        || Words.shape(word)
                                .map(s -> s.value().equals(p.primitive()))
                                .orElse(false));
    }

    private static String contents(List<Part> scene) {
        if (scene.isEmpty()) {
            return " (it is empty)";
        }
        return " (it has " + scene.stream().limit(6).map(Part::name).collect(Collectors.joining(", "))
                + (scene.size() > 6 ? ", …" : "") + ")";
    }

    /** The shape or object whose name is closest to the word (fewest edits), or a cube. */
    private static String nearestThing(String word) {
        String best = "cube";
        int bestDistance = 3;
        for (io.genx3d.export.Primitive shape : io.genx3d.export.Primitive.values()) {
            int d = distance(word, shape.value());
            if (d < bestDistance) {
                bestDistance = d;
                best = shape.value();
            }
        }
        return best;
    }

    private static String example(String text, List<Part> scene) {
        String target =
                scene.isEmpty() ? null : "the " + scene.get(scene.size() - 1).primitive();
        String verb = text.split(" ", 2)[0];
        if (target == null) {
            return "add a cube";
        }
        return switch (verb) {
            case "move" -> "move " + target + " up 1";
            case "rotate", "turn", "spin" -> "rotate " + target + " 45 degrees";
            case "scale", "resize", "make" -> "make " + target + " bigger";
            case "paint", "colour", "color" -> "paint " + target + " blue";
            case "remove" -> "remove " + target;
            default -> "add a " + (target.endsWith("cube") ? "sphere" : "cube") + " on top of " + target;
        };
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }
}
