package io.genx3d.chat;

import io.genx3d.export.Primitive;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "create/add/make [count] [colour] shape [modifiers]": modifiers give the size ("radius 2", "size 3",
 * "2 by 3 by 1", "height 2"), the place ("at 1 2 3", "on top of the cube", "above it", "next to the sphere") and
 * the arrangement of several ("in a row", the default, or "in a circle").
 */
final class AddCommand implements ChatCommand {

    static final int MAX_PARTS_PER_COMMAND = 100;
    private static final Pattern VERB =
            Pattern.compile("^(?:create|add|make|build|draw|place|put|insert)(?: me)? (.+)$");
    private static final String N = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern RADIUS = Pattern.compile("^(?:with )?(?:a )?radius (?:of )?" + N);
    private static final Pattern UNIFORM = Pattern.compile("^(?:of )?size " + N);
    private static final Pattern BOX = Pattern.compile("^(?:of size )?" + N + " ?(?:by|x) ?" + N + " ?(?:by|x) ?" + N);
    private static final Pattern HEIGHT = Pattern.compile("^(?:with )?(?:a )?height (?:of )?" + N);
    private static final Pattern AT = Pattern.compile("^at \\(?" + N + " " + N + " " + N + "\\)?");
    private static final Pattern ON_TOP = Pattern.compile("^on(?: top of)? (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern ABOVE = Pattern.compile("^above (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern NEXT_TO = Pattern.compile(
            "^(?:next to|beside|to the right of|right of|on the right of) (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern BELOW =
            Pattern.compile("^(?:under|below|beneath|underneath) (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern LEFT_OF =
            Pattern.compile("^(?:to the left of|left of|on the left of) (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern BEHIND = Pattern.compile("^(?:behind|in back of) (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern IN_FRONT = Pattern.compile("^(?:in front of|before) (.+?)(?= (?:in a|with|at)\\b|$)");
    private static final Pattern AROUND =
            Pattern.compile("^(?:around|surrounding|encircling) (.+?)(?= (?:with|at)\\b|$)");
    private static final Pattern BETWEEN = Pattern.compile("^between (.+?) and (.+?)(?= (?:with|at)\\b|$)");
    /** "on top" with nothing named: on top of the part added or changed last. */
    private static final Pattern ON_TOP_ALONE = Pattern.compile("^(?:on top|on it|on that|on top of that)$");

    private static final Pattern ARRANGEMENT =
            Pattern.compile("^(?:in an? |as an? )?(row|line|circle|ring|stack|column|tower|pile|grid)(?: of (\\d+))?");

    private record Request(
            int count,
            Primitive shape,
            String colour,
            String colourWord,
            List<Double> size,
            List<Double> at,
            String arrangement) {

        boolean circle() {
            return arrangement.equals("circle");
        }
    }

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher verb = VERB.matcher(text);
        if (!verb.matches()) {
            return Optional.empty();
        }
        return parse(verb.group(1).split(" "), scene).map(request -> add(request, scene));
    }

    private static Optional<Request> parse(String[] words, List<Part> scene) {
        int at = 0;
        int count = 1;
        if (words[at].matches(Words.NUMBER)) {
            count = (int) Words.number(words[at++]);
        }
        String colourWord = null;
        if (at + 1 < words.length
                && Colours.hex(words[at]).isPresent()
                && Words.shape(words[at + 1]).isPresent()) {
            colourWord = words[at++];
        }
        if (at >= words.length || count < 1 || count > MAX_PARTS_PER_COMMAND) {
            return Optional.empty();
        }
        Optional<Primitive> shape = Words.shape(words[at++]);
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        String colour = colourWord == null
                ? Part.DEFAULT_COLOR
                : Colours.hex(colourWord).orElseThrow();
        return modifiers(
                String.join(" ", Arrays.copyOfRange(words, at, words.length)),
                new Request(count, shape.get(), colour, colourWord, shape.get().defaultSize(), null, "row"),
                scene);
    }

    /** Applies the modifiers one after another; anything left that is not one makes the sentence not understood. */
    private static Optional<Request> modifiers(String rest, Request request, List<Part> scene) {
        String left = rest.strip();
        Request current = request;
        while (!left.isEmpty()) {
            left = left.replaceFirst("^(?:and|with|that is|which is) ", "");
            Matcher m;
            if ((m = RADIUS.matcher(left)).find()) {
                double d = 2 * Double.parseDouble(m.group(1));
                List<Double> s = current.size;
                current = withSize(
                        current, current.shape == Primitive.SPHERE ? List.of(d, d, d) : List.of(d, s.get(1), d));
            } else if ((m = BOX.matcher(left)).find()) {
                current = withSize(
                        current,
                        List.of(
                                Double.parseDouble(m.group(1)),
                                Double.parseDouble(m.group(2)),
                                Double.parseDouble(m.group(3))));
            } else if ((m = UNIFORM.matcher(left)).find()) {
                double f = Double.parseDouble(m.group(1));
                current = withSize(
                        current,
                        current.shape.defaultSize().stream().map(v -> v * f).toList());
            } else if ((m = HEIGHT.matcher(left)).find()) {
                current = withSize(
                        current, List.of(current.size.get(0), Double.parseDouble(m.group(1)), current.size.get(2)));
            } else if ((m = AT.matcher(left)).find()) {
                current = at(
                        current,
                        List.of(
                                Double.parseDouble(m.group(1)),
                                Double.parseDouble(m.group(2)),
                                Double.parseDouble(m.group(3))));
            } else if ((m = AROUND.matcher(left)).find()) {
                Optional<Integer> target = Targets.find(m.group(1), scene);
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                // In a circle about the part, on the ground it stands on.
                current = arranged(at(current, scene.get(target.get()).position()), "circle");
            } else if ((m = BETWEEN.matcher(left)).find()) {
                Optional<Integer> first = Targets.find(m.group(1), scene);
                Optional<Integer> second = Targets.find(m.group(2), scene);
                if (first.isEmpty() || second.isEmpty()) {
                    return Optional.empty();
                }
                List<Double> a = scene.get(first.get()).position();
                List<Double> b = scene.get(second.get()).position();
                current = at(
                        current,
                        List.of(
                                Layout.round((a.get(0) + b.get(0)) / 2),
                                Layout.round((a.get(1) + b.get(1)) / 2),
                                Layout.round((a.get(2) + b.get(2)) / 2)));
            } else if ((m = ON_TOP_ALONE.matcher(left)).find()) {
                if (scene.isEmpty()) {
                    return Optional.empty();
                }
                current = placeBy(current, ON_TOP, scene.get(scene.size() - 1), scene);
            } else if ((m = ON_TOP.matcher(left)).find()
                    || (m = ABOVE.matcher(left)).find()
                    || (m = NEXT_TO.matcher(left)).find()
                    || (m = BELOW.matcher(left)).find()
                    || (m = LEFT_OF.matcher(left)).find()
                    || (m = BEHIND.matcher(left)).find()
                    || (m = IN_FRONT.matcher(left)).find()) {
                Optional<Integer> target = Targets.find(m.group(1), scene);
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                current = placeBy(current, m.pattern(), scene.get(target.get()), scene);
            } else if ((m = ARRANGEMENT.matcher(left)).find()) {
                current = arranged(current, arrangement(m.group(1), m.group(2), current.count));
            } else {
                return Optional.empty();
            }
            left = left.substring(m.end()).strip();
        }
        return Optional.of(current);
    }

    /** "circle", "stack", "grid:N" (N columns) or "row". */
    private static String arrangement(String word, String columns, int count) {
        return switch (word) {
            case "circle", "ring" -> "circle";
            case "stack", "column", "tower", "pile" -> "stack";
            case "grid" -> "grid:" + (columns != null ? columns : String.valueOf((int) Math.ceil(Math.sqrt(count))));
            default -> "row";
        };
    }

    /**
     * Where a part of {@code size} goes when it is put "on the cube", "next to it", "under the sphere", "behind the
     * box"...: the same places a new part can be added at, for a part that is moved there.
     */
    static Optional<List<Double>> placed(String place, List<Double> size, List<Part> scene) {
        for (Pattern how : List.of(ON_TOP, ABOVE, NEXT_TO, BELOW, LEFT_OF, BEHIND, IN_FRONT)) {
            Matcher m = how.matcher(place);
            if (m.find() && m.end() == place.length()) {
                return Targets.find(m.group(1), scene)
                        .map(target -> placeBy(
                                        new Request(1, null, null, null, size, null, "row"),
                                        how,
                                        scene.get(target),
                                        scene)
                                .at);
            }
        }
        return Optional.empty();
    }

    private static Request placeBy(Request request, Pattern how, Part target, List<Part> scene) {
        List<Double> position;
        if (how == NEXT_TO) {
            position = Layout.nextTo(target, request.size);
        } else if (how == BELOW) {
            position = Layout.under(target, request.size);
        } else if (how == LEFT_OF) {
            position = Layout.beside(target, request.size, 0, -1);
        } else if (how == BEHIND) {
            position = Layout.beside(target, request.size, 2, -1);
        } else if (how == IN_FRONT) {
            position = Layout.beside(target, request.size, 2, 1);
        } else {
            // On top of whatever already stands on the target, not inside it.
            position = Layout.onTopOf(Layout.topOfStack(target, scene), request.size, how == ABOVE ? Layout.GAP : 0);
        }
        return at(request, position);
    }

    private static Request withSize(Request r, List<Double> size) {
        return new Request(r.count, r.shape, r.colour, r.colourWord, size, r.at, r.arrangement);
    }

    private static Request arranged(Request r, String arrangement) {
        return new Request(r.count, r.shape, r.colour, r.colourWord, r.size, r.at, arrangement);
    }

    private static Request at(Request r, List<Double> at) {
        return new Request(r.count, r.shape, r.colour, r.colourWord, r.size, at, r.arrangement);
    }

    private static Interpretation add(Request request, List<Part> scene) {
        List<Part> next = new ArrayList<>(scene);
        List<ChatAction> actions = new ArrayList<>();
        List<Double> centre = request.at != null
                ? request.at
                : Layout.besideScene(
                        scene,
                        List.of(
                                request.count == 1 || !request.arrangement.equals("row")
                                        ? request.size.get(0)
                                        : request.count * (request.size.get(0) + Layout.GAP) - Layout.GAP,
                                0.0,
                                0.0));
        for (int i = 0; i < request.count; i++) {
            String name = request.shape.value() + " " + (next.size() + 1);
            List<Double> position = request.count == 1
                    ? centre
                    : Layout.arranged(request.arrangement, centre, request.size, i, request.count);
            next.add(new Part(
                    name, request.shape.value(), request.size, position, Part.ORIGIN, Part.UNIT, request.colour));
            actions.add(new ChatAction("add_part", name));
        }
        String described = (request.count == 1 ? "a " : request.count + " ")
                + (request.colourWord == null ? "" : request.colourWord + " ")
                + Words.plural(request.shape, request.count);
        String modelName = Words.capitalised(modelName(request));
        return new Interpretation(true, "Added " + described + ".", next, actions, modelName);
    }

    /**
     * What a model started by this request is: "cube", "red sphere", "5 cubes", "circle of 6 spheres" (named for what
     * it holds, not only its first primitive).
     */
    private static String modelName(Request request) {
        if (request.count == 1) {
            return (request.colourWord == null ? "" : request.colourWord + " ") + request.shape.value();
        }
        String several = request.count + " " + Words.plural(request.shape, request.count);
        return switch (request.arrangement.split(":")[0]) {
            case "circle" -> "circle of " + several;
            case "stack" -> "stack of " + several;
            case "grid" -> "grid of " + several;
            default -> several;
        };
    }
}
