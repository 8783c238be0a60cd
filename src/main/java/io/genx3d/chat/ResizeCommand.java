package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative size changes as people say them: "make it a bit taller", "much bigger", "twice as big", "half as wide",
 * "3 times taller", "thinner". "A bit" is 1.2, plain 1.5, "much" 2; taller/shorter change the height, wider/narrower
 * the width, thinner/thicker width and depth, longer the depth, bigger/smaller all three.
 */
final class ResizeCommand implements ChatCommand {

    private static final String AMOUNT =
            "(a bit |a little |a little bit |slightly |somewhat |much |a lot |way |far |even |a tad |quite a bit "
                    + "|a tiny bit |a wee bit |just a bit |a touch |a smidge |a fraction |marginally |lots |loads )?";
    private static final String CHANGE =
            "(bigger|larger|smaller|taller|shorter|higher|wider|narrower|thinner|thicker|fatter|longer|skinnier)";
    private static final Pattern COMPARATIVE = Pattern.compile("^make (.+?) " + AMOUNT + CHANGE + "$");
    private static final Pattern AS_BIG = Pattern.compile(
            "^make (.+?) (twice|half|\\d+(?:\\.\\d+)? times) as (big|large|tall|high|wide|long|thick|small)(?: as .+)?$");
    private static final Pattern TIMES = Pattern.compile("^make (.+?) (\\d+(?:\\.\\d+)?) times " + CHANGE + "$");
    private static final Pattern PERCENT =
            Pattern.compile("^make (.+?) (\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent) " + CHANGE + "$");
    /** "make the cube 3 tall": a measure said outright, along one axis. */
    private static final Pattern MEASURE =
            Pattern.compile("^make (.+?) (\\d+(?:\\.\\d+)?) (tall|high|wide|long|deep|thick)$");

    /** "make the cube 2 units taller": a measure added or taken away along one axis. */
    private static final Pattern BY_MEASURE =
            Pattern.compile("^make (.+?) (\\d+(?:\\.\\d+)?) (?:units? |m |metres? |meters? )?"
                    + "(taller|shorter|higher|lower|wider|narrower|longer)$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        // The most particular forms first: "3 times bigger" and "50 % bigger" also read as "bigger" of "it 3 times".
        Matcher m;
        if ((m = TIMES.matcher(text)).matches()) {
            double factor = Double.parseDouble(m.group(2));
            Optional<Interpretation> done =
                    resize(scene, m.group(1), axes(m.group(3)), shrinks(m.group(3)) ? 1 / factor : factor, m.group(3));
            if (done.isPresent()) {
                return done;
            }
        }
        if ((m = PERCENT.matcher(text)).matches()) {
            double change = Double.parseDouble(m.group(2)) / 100;
            double factor = shrinks(m.group(3)) ? 1 - change : 1 + change;
            Optional<Interpretation> done = resize(scene, m.group(1), axes(m.group(3)), factor, m.group(3));
            if (done.isPresent()) {
                return done;
            }
        }
        if ((m = BY_MEASURE.matcher(text)).matches()) {
            Optional<Interpretation> done = byMeasure(scene, m.group(1), Double.parseDouble(m.group(2)), m.group(3));
            if (done.isPresent()) {
                return done;
            }
        }
        if ((m = COMPARATIVE.matcher(text)).matches()) {
            double amount = amount(m.group(2));
            return resize(scene, m.group(1), axes(m.group(3)), shrinks(m.group(3)) ? 1 / amount : amount, m.group(3));
        }
        if ((m = AS_BIG.matcher(text)).matches()) {
            double factor = switch (m.group(2)) {
                case "twice" -> 2;
                case "half" -> 0.5;
                default -> Double.parseDouble(m.group(2).replace(" times", ""));
            };
            return resize(scene, m.group(1), axes(m.group(3)), factor, m.group(2) + " as " + m.group(3));
        }
        if ((m = MEASURE.matcher(text)).matches()) {
            return measure(scene, m.group(1), Double.parseDouble(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    private static double amount(String said) {
        if (said == null) {
            return 1.5;
        }
        return switch (said.strip()) {
            case "much", "a lot", "way", "far", "quite a bit", "lots", "loads" -> 2;
            case "even" -> 1.5;
            default -> 1.2;
        };
    }

    private static boolean shrinks(String change) {
        return List.of("smaller", "shorter", "narrower", "thinner", "skinnier").contains(change);
    }

    /** Which of x, y, z the change scales. */
    private static boolean[] axes(String change) {
        return switch (change) {
            case "taller", "shorter", "higher", "tall", "high" -> new boolean[] {false, true, false};
            case "wider", "narrower", "wide" -> new boolean[] {true, false, false};
            case "thinner", "thicker", "fatter", "skinnier", "thick" -> new boolean[] {true, false, true};
            case "longer", "long" -> new boolean[] {false, false, true};
            default -> new boolean[] {true, true, true};
        };
    }

    private static Optional<Interpretation> byMeasure(List<Part> scene, String target, double by, String change) {
        String along = switch (change) {
            case "wider", "narrower" -> "wide";
            case "longer" -> "long";
            default -> "tall";
        };
        int axis = along.equals("wide") ? 0 : along.equals("tall") ? 1 : 2;
        double sign = List.of("shorter", "lower", "narrower").contains(change) ? -1 : 1;
        return Targets.find(target, scene)
                .flatMap(index -> measure(scene, target, Layout.extent(scene.get(index), axis) + sign * by, along));
    }

    private static Optional<Interpretation> measure(List<Part> scene, String target, double measure, String along) {
        Optional<Integer> index = Targets.find(target, scene);
        if (index.isEmpty() || measure <= 0 || measure > 1000) {
            return Optional.empty();
        }
        Part p = scene.get(index.get());
        int axis = List.of("wide", "thick").contains(along)
                ? 0
                : List.of("tall", "high").contains(along) ? 1 : 2;
        double factor = measure / Layout.extent(p, axis);
        boolean[] axes = new boolean[3];
        axes[axis] = true;
        return resize(scene, target, axes, factor, Words.format(measure) + " " + along);
    }

    private static Optional<Interpretation> resize(
            List<Part> scene, String target, boolean[] axes, double factor, String how) {
        if (factor <= 0 || factor > 1000) {
            return Optional.empty();
        }
        Optional<Integer> index = Targets.find(target, scene);
        if (index.isPresent()) {
            Part p = scene.get(index.get());
            List<Part> next = new ArrayList<>(scene);
            next.set(index.get(), scaled(p, axes, factor));
            return Optional.of(new Interpretation(
                    true,
                    "Made " + p.name() + " " + how + ".",
                    next,
                    List.of(new ChatAction("scale_part", p.name())),
                    null));
        }
        // "make everything bigger", "make all the cubes taller": each part grows where it stands.
        return QuantifiedCommand.several(target).flatMap(chosen -> {
            List<Part> next = scene.stream()
                    .map(p -> chosen.test(p) ? scaled(p, axes, factor) : p)
                    .toList();
            long changed = scene.stream().filter(chosen).count();
            return changed == 0
                    ? Optional.empty()
                    : Optional.of(new Interpretation(
                            true,
                            "Made " + changed + (changed == 1 ? " part " : " parts ") + how + ".",
                            next,
                            List.of(new ChatAction("scale_parts", null)),
                            null));
        });
    }

    private static Part scaled(Part p, boolean[] axes, double factor) {
        List<Double> scale = new ArrayList<>(p.scale());
        for (int axis = 0; axis < 3; axis++) {
            if (axes[axis]) {
                scale.set(axis, Layout.round(scale.get(axis) * factor));
            }
        }
        return new Part(p.name(), p.primitive(), p.size(), p.position(), p.rotation(), scale, p.color());
    }
}
