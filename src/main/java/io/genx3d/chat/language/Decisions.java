package io.genx3d.chat.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a clause's slots into commands. The verb says what kind of change is meant when it can ("paint", "remove",
 * "copy"); a verb that can mean many ("make", "put", "turn", "set") means what its complements say: a colour paints, a
 * factor resizes, a kind changes the kind, a relation places, a direction moves, a layout arranges, degrees turn, and
 * new things are made. A clause with no verb is read the same way ("a red cube please", "bigger", "now blue").
 */
final class Decisions {

    private static final Pattern NAMING = Pattern.compile(
            "(?i)\\b(?:call|name|rename|title|label)\\s+(?:it|this|that|the model|my model|the scene|the project|the"
                    + " whole thing|the thing)?\\s*(?:(?:to|as)\\s+)?[\"'“]?([^\"'”]+?)[\"'”]?\\s*[.!]*$");

    /** "rename the cube to X", "rename it as X": a verb, what is renamed, "to" or "as", the name. */
    private static final Pattern PART_RENAMED_TO = Pattern.compile(
            "(?i)^(?:please\\s+)?(rename|label|call|name)\\s+(it|this|that|(?:the|my)\\s+.+?|[a-z]+\\s+\\d+)"
                    + "\\s+(?:to|as)\\s+[\"'“]?([^\"'”]+?)[\"'”]?\\s*[.!]*$");

    /** "call the cube Bob", "name sphere 2 Door": one word for the part, then the name. */
    private static final Pattern PART_CALLED = Pattern.compile(
            "(?i)^(?:please\\s+)?(call|name)\\s+((?:the|my)\\s+[a-z]+|[a-z]+\\s+\\d+)\\s+[\"'“]?([^\"'”]+?)[\"'”]?"
                    + "\\s*[.!]*$");

    /** The most things one item of a message makes ("add 100 cubes"), as the chat has always allowed. */
    static final int MAX_MADE_AT_ONCE = 100;

    /** The largest factor a resize may say ("scale it by 1000"), as the chat has always allowed. */
    private static final double MAX_FACTOR = 1000;

    private static final Pattern MODEL_WORDS =
            Pattern.compile("(?:the|my)\\s+(?:model|scene|project|whole thing|thing|creation|build|design)");

    private final ClauseReader.Slots s;
    private final String message;

    Decisions(ClauseReader.Slots slots, String message) {
        this.s = slots;
        this.message = message;
    }

    List<Command> commands() {
        List<Command> commands = decided();
        if (commands.isEmpty() && s.greeting != null && s.verb == null && !s.hasItems() && s.target == null) {
            // "hey genx", "nice!! thx a lot": a greeting or thanks with nothing else we can act on
            return List.of(new Command.Chat(s.greeting.is(WordKind.INTENT, "thanks") ? "thanks" : "greet"));
        }
        return commands;
    }

    private List<Command> decided() {
        String intent = s.verb == null ? null : intentOf(s.verb);
        Optional<Command> direct = direct(intent);
        if (direct.isPresent()) {
            return List.of(direct.get());
        }
        if (!s.unknown.isEmpty()) {
            // A word we do not know may change everything ("add a cube unless …"): not understood here.
            return List.of();
        }
        if (s.hasItems() && !"remove".equals(intent)) {
            return made(intent);
        }
        return edits(intent);
    }

    private Optional<Command> direct(String intent) {
        if (intent == null) {
            return Optional.empty();
        }
        return switch (intent) {
            case "undo" -> Optional.of(new Command.Undo());
            case "clear" ->
                s.hasItems() || s.target != null && s.target.pointer() != Referent.Pointer.ALL
                        ? Optional.empty()
                        : Optional.of(new Command.Clear());
            case "help" -> Optional.of(new Command.Help());
            case "new-model" -> Optional.of(new Command.NewModel());
            case "thanks", "greet" ->
                s.hasItems() || s.target != null ? Optional.empty() : Optional.of(new Command.Chat(intent));
            case "name" -> name();
            default -> Optional.empty();
        };
    }

    private Optional<Command> name() {
        Optional<Command> part = partName();
        if (part.isPresent()) {
            return part;
        }
        Matcher named = NAMING.matcher(message.strip());
        if (!named.find() || named.group(1).isBlank()) {
            return Optional.empty();
        }
        String name = named.group(1).strip();
        return name.length() > 100 ? Optional.empty() : Optional.of(new Command.Rename(name));
    }

    /**
     * A part renamed: "rename the cube to table top", "rename it to Bob" (as the chat always read it), "call sphere 2
     * Bob", "name the red cube as Door". "Call it X" and "rename the model to X" name the model instead.
     */
    private Optional<Command> partName() {
        Matcher said = PART_RENAMED_TO.matcher(message.strip());
        if (!said.matches()) {
            said = PART_CALLED.matcher(message.strip());
        }
        if (!said.matches() || s.target == null) {
            return Optional.empty();
        }
        String verb = said.group(1).toLowerCase(Locale.ROOT);
        String what = said.group(2).toLowerCase(Locale.ROOT);
        boolean pronoun = what.equals("it") || what.equals("this") || what.equals("that");
        boolean model = MODEL_WORDS.matcher(what).matches();
        if (model
                || pronoun && !(verb.equals("rename") || verb.equals("label"))
                || said.group(3).isBlank()) {
            return Optional.empty();
        }
        String name = said.group(3).strip();
        Referent target = s.target;
        Referent part = new Referent(
                target.pointer(),
                target.thing(),
                target.colour(),
                target.position(),
                target.ordinal(),
                target.size(),
                target.name(),
                null,
                false,
                null,
                null);
        return name.length() > 100 ? Optional.empty() : Optional.of(new Command.RenamePart(part, name));
    }

    /** New things: their placements and layouts were read onto the items. */
    private List<Command> made(String intent) {
        if (("change".equals(intent) || "make".equals(intent))
                && s.target != null
                && s.items.size() == 1
                && s.placement == null
                && s.targetBeforeItems) {
            return List.of(new Command.ChangeKind(s.target, s.items.get(0).thing()));
        }
        if (s.items.stream().anyMatch(item -> item.count() < 1 || item.count() > MAX_MADE_AT_ONCE)) {
            return List.of(); // "add 500 cubes": more than one message makes
        }
        List<Item> items = new ArrayList<>(s.items);
        if ("arrange".equals(intent) && s.layout == null && s.verb.is(WordKind.LAYOUT)) {
            // "stack 5 boxes", "pile up some balls": the verb is the layout
            String kind = s.verb.meaning(WordKind.LAYOUT).get();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).layout() == null && items.get(i).count() > 1) {
                    items.set(i, items.get(i).laidOut(new Command.Layout(kind, 0, 0)));
                }
            }
        }
        if (s.layout != null && !s.layoutUsed) {
            Item last = items.get(items.size() - 1);
            items.set(items.size() - 1, last.laidOut(s.layout));
        }
        if (s.placement != null) {
            Item last = items.get(items.size() - 1);
            if (last.where() == null) {
                items.set(items.size() - 1, last.placed(s.placement));
            }
        }
        if (s.colour != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).colour() == null) {
                    items.set(i, items.get(i).coloured(s.colour));
                }
            }
        }
        // A sentence with no verb describes a scene ("a cat under the table"): what it puts things against is made too
        return List.of(new Command.Add(items, s.verb == null));
    }

    private List<Command> edits(String intent) {
        Referent target = s.target == null ? implied() : s.target;
        if (s.except != null) {
            target = (s.target == null ? Referent.all() : target).except(s.except);
        }
        List<Command> commands = new ArrayList<>();
        if (intent != null && List.of("remove").contains(intent)) {
            return List.of(new Command.Remove(target));
        }
        if ("keep".equals(intent) && s.target != null) {
            // "keep only the sphere": everything else goes; "keep the cone, remove the rest": the cone is "it" next
            return s.verb.said().contains("only") || s.verb.said().contains("just")
                    ? List.of(new Command.Remove(Referent.all().except(s.target)))
                    : List.of(new Command.Focus(s.target));
        }
        if (s.at != null) {
            return List.of(new Command.MoveTo(target, s.at[0], s.at[1], s.at[2]));
        }
        if (intent != null && intent.equals("copy") || s.copies != null) {
            if (s.another && s.target == null) {
                return List.of(new Command.Copy(Referent.it(), s.copies));
            }
            return List.of(new Command.Copy(target, s.copies == null ? 1 : s.copies));
        }
        if (s.into != null) {
            commands.add(new Command.ChangeKind(target, s.into));
        }
        if (s.likeness != null) {
            commands.add(
                    s.likenessOf.equals("colour")
                            ? new Command.PaintLike(target, s.likeness)
                            : new Command.Resize(target, null, null, s.likeness));
        }
        if (s.shade != null) {
            commands.add(new Command.Shade(target, s.shade));
        }
        if (s.resizeTo != null) {
            commands.add(new Command.Resize(target, null, s.resizeTo, null));
        }
        if ("resize".equals(intent)
                && s.factor == null
                && s.resizeTo == null
                && s.direction != null
                && (s.direction.equals("up") || s.direction.equals("down"))) {
            // "scale the ball up": bigger, not higher
            double f = s.direction.equals("up") ? 1.5 : 0.6667;
            s.factor = new double[] {f, f, f};
            s.direction = null;
        }
        if (s.paints.size() > 1) {
            commands.addAll(s.paints);
        } else if (s.colour != null) {
            commands.add(new Command.Paint(target, s.colour));
        }
        if (s.layout == null && "arrange".equals(intent) && s.verb.is(WordKind.LAYOUT)) {
            // "stack them", "line them up": the verb is the layout
            s.layout = new Command.Layout(s.verb.meaning(WordKind.LAYOUT).get(), 0, 0);
        }
        if (s.layout != null) {
            Referent several = s.target == null ? Referent.pointer(Referent.Pointer.THEM) : target;
            commands.add(new Command.Arrange(several, s.layout));
        }
        if (s.factor != null) {
            for (double f : s.factor) {
                if (!(f > 0 && f <= MAX_FACTOR)) {
                    return List.of(); // "scale the cube by -2": no size is that
                }
            }
            commands.add(new Command.Resize(target, s.factor));
        } else if ("resize".equals(intent)
                && s.verb.is(WordKind.COMPARATIVE)
                && s.resizeTo == null
                && s.likeness == null) {
            commands.add(new Command.Resize(
                    target, Factors.parse(s.verb.meaning(WordKind.COMPARATIVE).get())));
        }
        if (s.degrees != null || "turn".equals(intent) && commands.isEmpty() && s.placement == null) {
            double degrees = s.degrees == null ? (s.verb.isWord("flip") ? 180 : 90) : s.degrees;
            char axis = s.degrees == null && s.verb.isWord("flip") ? 'x' : s.axis;
            commands.add(new Command.Turn(target, degrees, axis));
        }
        if (s.placement != null) {
            commands.add(new Command.Place(target, s.placement));
        }
        if (s.direction != null) {
            commands.add(new Command.Move(target, s.direction, s.distance));
        } else if (s.position != null && ("move".equals(intent) || "make".equals(intent))) {
            commands.add(new Command.Move(target, positionAsDirection(s.position), 2));
        } else if ("move".equals(intent) && commands.isEmpty()) {
            Referent moved = target;
            double distance = s.distance == null ? 1 : s.distance;
            impliedDirection(s.verb).ifPresent(direction -> commands.add(new Command.Move(moved, direction, distance)));
        }
        if (commands.isEmpty()
                && intent == null
                && s.target != null
                && s.target.pointer() == Referent.Pointer.DESCRIBED
                && (s.target.colour() != null
                        || s.target.position() != null
                        || s.target.ordinal() != null
                        || s.target.size() != null
                        || s.target.name() != null)) {
            // "the red one, make it a cube": the first clause only points
            return List.of(new Command.Focus(s.target));
        }
        if (commands.isEmpty()
                && s.target != null
                && s.target.pointer() == Referent.Pointer.DESCRIBED
                && s.target.thing() != null
                && intent == null) {
            return List.of();
        }
        return commands;
    }

    /** What a clause that names nothing is about: the conversation's "it". */
    private Referent implied() {
        return Referent.it();
    }

    private static String positionAsDirection(String position) {
        return switch (position) {
            case "top" -> "up";
            case "bottom" -> "down";
            case "front" -> "forward";
            case "back" -> "back";
            case "middle" -> "centre";
            default -> position;
        };
    }

    private static Optional<String> impliedDirection(Token verb) {
        return switch (verb.said()) {
            case "centre", "center" -> Optional.of("centre");
            case "lift", "raise" -> Optional.of("up");
            case "lower", "drop" -> Optional.of("down");
            case "push" -> Optional.of("back");
            case "pull", "bring" -> Optional.of("forward");
            default -> Optional.empty();
        };
    }

    /** The verb's intent: its first intent reading, but "make"-like verbs that are also comparatives resize. */
    private static String intentOf(Token verb) {
        List<String> intents = verb.readings().stream()
                .filter(reading -> reading.kind() == WordKind.INTENT)
                .map(Reading::meaning)
                .toList();
        if (intents.contains("resize")) {
            return "resize";
        }
        return intents.isEmpty() ? null : intents.get(0).toLowerCase(Locale.ROOT);
    }
}
