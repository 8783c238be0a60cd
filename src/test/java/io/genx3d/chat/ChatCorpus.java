package io.genx3d.chat;

import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A corpus of sentences as people write them, each with what must follow. One case per line:
 * {@code setup >> message => expectations}. The setup is messages said first (separated by {@code ;}), or
 * {@code @two} for a grey unit cube at the origin and a red sphere at x = 2, or nothing for an empty model.
 * Expectations, separated by {@code ;}: {@code parts N}, {@code N shape} (how many parts of that primitive),
 * {@code shape colour} (the newest such part's colour), {@code shape above|below|left-of|right-of shape},
 * {@code shape bigger|smaller|taller|shorter|wider|narrower} (than before the message), {@code shape moved},
 * {@code shape large|small} (its largest extent against the default 1), {@code parts >N}, {@code model Name} (the
 * model's new name), {@code reply ~ words}, {@code understood}, {@code not understood}, {@code undo}.
 */
final class ChatCorpus {

    record Case(int line, String setup, String message, List<String> expectations) {
        @Override
        public String toString() {
            return message;
        }
    }

    record Outcome(Case sentence, String problem, long nanos) {
        boolean hit() {
            return problem == null;
        }
    }

    private ChatCorpus() {}

    static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(">>");
            int then = line.lastIndexOf("=>");
            if (arrow < 0 || then < arrow) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'setup >> message => ...'");
            }
            cases.add(new Case(
                    i + 1,
                    line.substring(0, arrow).strip(),
                    line.substring(arrow + 2, then).strip(),
                    List.of(line.substring(then + 2).split(";")).stream()
                            .map(String::strip)
                            .filter(e -> !e.isEmpty())
                            .toList()));
        }
        return cases;
    }

    /** Says the setup, then the message, and checks every expectation; the problem, or null for a hit. */
    static Outcome run(ChatInterpreter interpreter, Case sentence) {
        Deque<List<Part>> history = new ArrayDeque<>();
        List<Part> scene = new ArrayList<>();
        String focus = null;
        if (sentence.setup.equals("@two")) {
            scene = List.of(
                    new Part("cube 1", "cube", Part.UNIT, Part.ORIGIN, Part.ORIGIN, Part.UNIT, "#cccccc"),
                    new Part(
                            "sphere 2",
                            "sphere",
                            Part.UNIT,
                            List.of(2.0, 0.0, 0.0),
                            Part.ORIGIN,
                            Part.UNIT,
                            "#ff0000"));
        } else if (!sentence.setup.isEmpty()) {
            for (String said : sentence.setup.split(";")) {
                Interpretation setUp = interpreter.interpret(said.strip(), scene, focus);
                if (!setUp.understood()) {
                    return new Outcome(sentence, "setup not understood: " + said.strip(), 0);
                }
                scene = apply(setUp, scene, history);
                String about = setUp.focus(scene);
                focus = about != null ? about : focus;
            }
        }
        long start = System.nanoTime();
        Interpretation result = interpreter.interpret(sentence.message, scene, focus);
        long nanos = System.nanoTime() - start;
        List<Part> before = scene;
        List<Part> after = apply(result, scene, history);
        for (String expectation : sentence.expectations) {
            String problem = check(expectation, result, before, after);
            if (problem != null) {
                return new Outcome(sentence, problem + " (reply: " + result.reply() + ")", nanos);
            }
        }
        return new Outcome(sentence, null, nanos);
    }

    private static List<Part> apply(Interpretation result, List<Part> scene, Deque<List<Part>> history) {
        if (result.undo()) {
            return history.isEmpty() ? scene : history.pop();
        }
        if (result.scene() == null) {
            return scene;
        }
        history.push(scene);
        return result.scene();
    }

    private static String check(String expectation, Interpretation result, List<Part> before, List<Part> after) {
        String[] w = expectation.split(" +");
        if (expectation.equals("understood")) {
            return result.understood() ? null : "not understood";
        }
        if (expectation.equals("not understood")) {
            return result.understood() ? "understood, but should not be" : null;
        }
        if (expectation.equals("undo")) {
            return result.undo() ? null : "not an undo";
        }
        if (w[0].equals("reply") && w[1].equals("~")) {
            String wanted =
                    expectation.substring(expectation.indexOf('~') + 1).strip().toLowerCase(Locale.ROOT);
            return result.reply().toLowerCase(Locale.ROOT).contains(wanted) ? null : "reply lacks '" + wanted + "'";
        }
        if (!result.understood()) {
            return "not understood";
        }
        if (w[0].equals("parts")) {
            boolean holds = w[1].startsWith(">")
                    ? after.size() > Integer.parseInt(w[1].substring(1))
                    : after.size() == Integer.parseInt(w[1]);
            return holds ? null : "parts " + after.size();
        }
        if (w[0].equals("model")) {
            String name = expectation.substring("model".length()).strip();
            return name.equalsIgnoreCase(String.valueOf(result.suggestedModelName()))
                    ? null
                    : "model named " + result.suggestedModelName();
        }
        if (w[0].matches("\\d+")) {
            String thing = rest(w, 1);
            long count = Things.count(after, thing);
            return count == Integer.parseInt(w[0]) ? null : count + " " + thing;
        }
        if (w[0].equals("every")) {
            String thing = rest(w, 1, w.length - 1);
            String hex = Colours.hex(w[w.length - 1]).orElseThrow(() -> unknown(expectation));
            List<Part> all = Things.allParts(after, thing);
            if (all.isEmpty()) {
                return "no " + thing;
            }
            return all.stream().allMatch(part -> part.color().equals(hex))
                    ? null
                    : "not every " + thing + " is " + w[w.length - 1];
        }
        if (w[0].equals("stacked") || w[0].equals("row")) {
            String thing = rest(w, 1);
            List<Things.Box> boxes = Things.all(after, thing);
            boolean holds = w[0].equals("stacked") ? Things.stacked(boxes) : Things.inARow(boxes);
            return holds ? null : thing + " not " + (w[0].equals("stacked") ? "stacked" : "in a row");
        }
        int relation = indexOfRelation(w);
        if (relation > 0) {
            String thing = rest(w, 0, relation);
            String otherThing = rest(w, relation + 1);
            Optional<Things.Box> a = Things.newest(after, thing);
            Optional<Things.Box> b = Things.newest(after, otherThing);
            if (a.isEmpty() || b.isEmpty()) {
                return "no " + (a.isEmpty() ? thing : otherThing);
            }
            return a.get().relates(w[relation], b.get()) ? null : thing + " not " + w[relation] + " " + otherThing;
        }
        String last = w[w.length - 1];
        String thing = rest(w, 0, w.length - 1);
        Optional<Things.Box> now = Things.newest(after, thing);
        if (now.isEmpty()) {
            return "no " + thing;
        }
        if (Colours.hex(last).isPresent()) {
            String colour = now.get().mainColour();
            return colour.equals(Colours.hex(last).get()) ? null : thing + " is " + colour;
        }
        if (last.equals("large") || last.equals("small")) {
            double largest = now.get().largestExtent();
            boolean holds = last.equals("large") ? largest > 1.0001 : largest < 0.9999;
            return holds ? null : thing + " is not " + last + " (" + largest + ")";
        }
        Optional<Things.Box> was = Things.sameIn(before, now.get());
        if (was.isEmpty()) {
            return thing + " was not there before";
        }
        if (last.equals("moved")) {
            return !was.get().sameCentre(now.get()) ? null : thing + " did not move";
        }
        return compareSize(last, was.get().extent(), now.get().extent()) ? null : thing + " is not " + last;
    }

    private static int indexOfRelation(String[] w) {
        for (int i = 1; i < w.length - 1; i++) {
            if (Things.RELATIONS.contains(w[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String rest(String[] w, int from) {
        return rest(w, from, w.length);
    }

    private static String rest(String[] w, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    private static IllegalArgumentException unknown(String expectation) {
        return new IllegalArgumentException("unknown expectation: " + expectation);
    }

    private static boolean compareSize(String how, double[] was, double[] now) {
        double volumeWas = was[0] * was[1] * was[2];
        double volumeNow = now[0] * now[1] * now[2];
        return switch (how) {
            case "bigger" -> volumeNow > volumeWas * 1.0001;
            case "smaller" -> volumeNow < volumeWas * 0.9999;
            case "taller" -> now[1] > was[1] * 1.0001;
            case "shorter" -> now[1] < was[1] * 0.9999;
            case "wider" -> now[0] > was[0] * 1.0001;
            case "narrower" -> now[0] < was[0] * 0.9999;
            default -> throw new IllegalArgumentException("unknown comparison " + how);
        };
    }
}
