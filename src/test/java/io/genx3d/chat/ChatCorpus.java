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
        if (w.length == 2 && w[0].matches("\\d+")) {
            long count = after.stream().filter(p -> p.primitive().equals(w[1])).count();
            return count == Integer.parseInt(w[0]) ? null : count + " " + w[1];
        }
        Optional<Part> part = newest(after, w[0]);
        if (part.isEmpty()) {
            return "no " + w[0];
        }
        Part p = part.get();
        if (w.length == 2 && Colours.hex(w[1]).isPresent()) {
            return p.color().equals(Colours.hex(w[1]).get()) ? null : w[0] + " is " + p.color();
        }
        if (w.length == 2 && (w[1].equals("large") || w[1].equals("small"))) {
            double largest = Math.max(extent(p)[0], Math.max(extent(p)[1], extent(p)[2]));
            boolean holds = w[1].equals("large") ? largest > 1.0001 : largest < 0.9999;
            return holds ? null : w[0] + " is not " + w[1] + " (" + largest + ")";
        }
        if (w.length == 2 && w[1].equals("moved")) {
            Optional<Part> was = named(before, p.name());
            return was.isPresent() && !was.get().position().equals(p.position()) ? null : w[0] + " did not move";
        }
        if (w.length == 2) {
            Optional<Part> was = named(before, p.name());
            if (was.isEmpty()) {
                return w[0] + " was not there before";
            }
            return compareSize(w[1], extent(was.get()), extent(p)) ? null : w[0] + " is not " + w[1];
        }
        if (w.length == 3) {
            Optional<Part> other = newest(after, w[2]);
            if (other.isEmpty()) {
                return "no " + w[2];
            }
            List<Double> a = p.position();
            List<Double> b = other.get().position();
            boolean holds = switch (w[1]) {
                case "above" -> a.get(1) > b.get(1) + 1e-9;
                case "below" -> a.get(1) < b.get(1) - 1e-9;
                case "left-of" -> a.get(0) < b.get(0) - 1e-9;
                case "right-of" -> a.get(0) > b.get(0) + 1e-9;
                default -> throw new IllegalArgumentException("unknown relation " + w[1]);
            };
            return holds ? null : w[0] + " not " + w[1] + " " + w[2];
        }
        throw new IllegalArgumentException("unknown expectation: " + expectation);
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

    private static double[] extent(Part part) {
        return new double[] {
            part.size().get(0) * part.scale().get(0),
            part.size().get(1) * part.scale().get(1),
            part.size().get(2) * part.scale().get(2)
        };
    }

    private static Optional<Part> newest(List<Part> scene, String primitive) {
        return scene.stream().filter(p -> p.primitive().equals(primitive)).reduce((a, b) -> b);
    }

    private static Optional<Part> named(List<Part> scene, String name) {
        return scene.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
