package io.genx3d.chat.scene;

import io.genx3d.chat.language.Command;
import io.genx3d.chat.language.Item;
import io.genx3d.chat.language.Referent;
import io.genx3d.export.Primitive;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes what an {@link Command.Add} describes: each item's things (a shape is one part; an object is its library
 * pieces, named "chair 2 seat"), sized and coloured as said, then placed — against what the item names ("around
 * it": the thing made just before in the same sentence, or what the conversation is about), in its layout, at its
 * place among the sentence's things ("on the left"), or clear of everything there.
 */
final class Maker {

    private final ObjectShapes objects;

    Maker(ObjectShapes objects) {
        this.objects = objects;
    }

    Outcome add(Command.Add add, Context context) {
        List<Part> scene = new ArrayList<>(context.scene());
        List<String> said = new ArrayList<>();
        List<Outcome.Step> steps = new ArrayList<>();
        List<List<List<Part>>> made = new ArrayList<>();
        String lastMade = null;
        for (Item item : add.describesAScene() ? withMissingAnchors(add.items(), context.scene()) : add.items()) {
            Optional<List<List<Part>>> things = build(item, scene);
            if (things.isEmpty()) {
                return Outcome.notFound(
                        "I don't know how to make a " + item.thing().word() + " yet.");
            }
            List<List<Part>> previous = made.isEmpty() ? null : made.get(made.size() - 1);
            List<List<Part>> placed = place(item, things.get(), scene, lastMade, context.focus(), previous);
            if (placed == null) {
                Referent missing = item.where().anchor();
                return Outcome.notFound("There is no " + Replies.name(missing).replaceFirst("^the ", "")
                        + " in this model" + Editor.contents(context.scene()) + " to put the "
                        + item.thing().word() + " against.");
            }
            if (item.where() != null && item.where().relation().equals("under")) {
                scene = lifted(scene, item.where().anchor(), placed, lastMade, context.focus());
            }
            made.add(placed);
            for (List<Part> thing : placed) {
                scene.addAll(thing);
                String name = thingName(thing);
                steps.add(new Outcome.Step("add_part", name));
                lastMade = name;
            }
            said.add(Replies.describe(item) + Replies.pieces(item) + Replies.where(item));
        }
        List<Part> arranged = positioned(add.items(), made, context.scene(), scene);
        return Outcome.changed(arranged, "Added " + Replies.list(said) + ".", steps);
    }

    /** Each thing of the item, standing at the origin, sized and coloured. */
    private Optional<List<List<Part>>> build(Item item, List<Part> scene) {
        List<List<Part>> things = new ArrayList<>();
        List<Part> growing = new ArrayList<>(scene);
        for (int i = 0; i < item.count(); i++) {
            Optional<List<Part>> thing =
                    item.thing().isShape() ? Optional.of(List.of(shape(item, growing))) : object(item, growing);
            if (thing.isEmpty()) {
                return Optional.empty();
            }
            things.add(thing.get());
            growing.addAll(thing.get());
        }
        return Optional.of(things);
    }

    private static Part shape(Item item, List<Part> scene) {
        Primitive primitive = Primitive.fromValue(item.thing().shape()).orElse(Primitive.CUBE);
        List<Double> size = primitive.defaultSize();
        double[] p = item.proportions() == null ? new double[] {1, 1, 1} : item.proportions();
        double[] s = {
            size.get(0) * item.size() * p[0], size.get(1) * item.size() * p[1], size.get(2) * item.size() * p[2]
        };
        measured(s, item.dimensions(), primitive);
        List<Double> sized = Geometry.vector(s[0], s[1], s[2]);
        // Named as the chat has always named a shape: its primitive and its place in the model ("cube 3"), so that an
        // API client can tell a part's kind from its name; "the drum" still finds it, by its shape.
        String name = Names.nextFree(primitive.value(), scene);
        String colour = item.colour() == null
                ? Part.DEFAULT_COLOR
                : Colours.hex(item.colour()).orElse(Part.DEFAULT_COLOR);
        return new Part(
                name,
                primitive.value(),
                sized,
                Geometry.vector(0, sized.get(1) / 2, 0),
                Part.ORIGIN,
                Part.UNIT,
                colour);
    }

    /**
     * Measures said in units replace the sizes they name. A radius or diameter gives a width and a depth, and a height
     * too only to shapes round every way (a sphere); a cube of "size 2" is 2 every way, one "2 wide" only wider.
     */
    private static void measured(double[] size, Double[] dims, Primitive primitive) {
        if (dims == null) {
            return;
        }
        boolean roundEveryWay = primitive == Primitive.SPHERE;
        for (int axis = 0; axis < 3; axis++) {
            Double value = dims[axis];
            if (value == null) {
                continue;
            }
            if (value < 0) {
                // a height that follows a radius: only for what is round every way
                if (roundEveryWay) {
                    size[axis] = -value;
                }
            } else {
                size[axis] = value;
            }
        }
    }

    private Optional<List<Part>> object(Item item, List<Part> scene) {
        Optional<List<ObjectPiece>> pieces = objects.pieces(item.thing().object());
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        // An object is called by its own name whatever word was said for it (a "couch" is "sofa 1"), as the chat has
        // always named one, so its parts' names say what it is.
        String kind = Names.kind(item.thing().object());
        String group = kind + " " + Names.next(kind, scene);
        double[] p = item.proportions() == null ? new double[] {1, 1, 1} : item.proportions();
        double s = item.size();
        String bodyColour = pieces.get().stream()
                .max(Comparator.comparingDouble(piece ->
                        piece.size().get(0) * piece.size().get(1) * piece.size().get(2)))
                .map(ObjectPiece::colour)
                .orElse(null);
        String said = item.colour() == null ? null : Colours.hex(item.colour()).orElse(null);
        List<Part> parts = new ArrayList<>();
        for (ObjectPiece piece : pieces.get()) {
            String colour = said != null && piece.colour().equalsIgnoreCase(bodyColour) ? said : piece.colour();
            String pieceColour = pieceColour(item, piece.label());
            colour = pieceColour != null ? pieceColour : colour;
            // Its pieces keep their library sizes; a size said ("a little house") is their scale, as the chat has
            // always
            // sized an object, and spreads their places to match.
            parts.add(new Part(
                    group + " " + piece.label(),
                    piece.shape().value(),
                    piece.size(),
                    Geometry.vector(
                            piece.at().get(0) * s * p[0],
                            piece.at().get(1) * s * p[1],
                            piece.at().get(2) * s * p[2]),
                    piece.rotation(),
                    Geometry.vector(s * p[0], s * p[1], s * p[2]),
                    colour));
        }
        return Optional.of(parts);
    }

    /** The colour said for this piece ("a house with a red roof"), as a hex code, or null. */
    private static String pieceColour(Item item, String label) {
        for (var said : item.pieceColours().entrySet()) {
            String word = said.getKey();
            if (Entities.isPiece(label, word)) {
                return Colours.hex(said.getValue()).orElse(null);
            }
        }
        return null;
    }

    /** Where an item's things go; null when what it is placed against is not there. */
    private static List<List<Part>> place(
            Item item,
            List<List<Part>> things,
            List<Part> scene,
            String lastMade,
            String focus,
            List<List<Part>> previous) {
        if (item.where() != null) {
            Command.Placement where = item.where();
            boolean amongThePrevious = where.anchor().pointer() == Referent.Pointer.THEM && previous != null;
            Optional<Box> anchor = amongThePrevious
                    ? Optional.of(Box.around(previous.get(0)))
                    : anchor(where.anchor(), scene, lastMade, focus);
            if (anchor.isEmpty()) {
                return null;
            }
            Box second = amongThePrevious
                    ? Box.around(previous.get(previous.size() - 1))
                    : where.secondAnchor() == null
                            ? null
                            : anchor(where.secondAnchor(), scene, lastMade, focus)
                                    .orElse(null);
            Box against = Placer.isOnTop(where.relation())
                    ? Placer.withWhatStandsOn(anchor.get(), scene, java.util.Set.of())
                    : anchor.get();
            boolean lone = !amongThePrevious && anchorParts(where.anchor(), scene, lastMade, focus) == 1;
            List<List<Part>> placed = Placer.place(things, where.relation(), against, second, lone);
            return item.layout() != null && Placer.isOnTop(where.relation())
                    ? Arranger.arrange(placed, item.layout(), new double[] {
                        anchor.get().centre(0),
                        anchor.get().max()[1],
                        anchor.get().centre(2)
                    })
                    : placed;
        }
        double width = things.stream()
                .mapToDouble(t -> Box.around(t).footprint())
                .max()
                .orElse(1);
        int n = things.size();
        Command.Layout layout = item.layout() == null ? new Command.Layout("row", 0, 0) : item.layout();
        if (item.point() != null) {
            // "a cone at 1 2 3": its centre there; "4 cubes in a circle at 0 0 0": the circle's centre there
            double[] at = item.point();
            List<List<Part>> arranged = Arranger.arrange(things, layout, new double[] {at[0], 0, at[2]});
            List<List<Part>> centred = centredOnTheFloor(arranged);
            return centred.stream()
                    .map(thing -> Geometry.translated(thing, 0, at[1], 0))
                    .toList();
        }
        double rowWidth = layout.kind().equals("row")
                ? n * (width + Geometry.GAP) - Geometry.GAP
                : Math.sqrt(n) * (width + Geometry.GAP) * 2;
        double[] spot = Geometry.besideEverything(scene, rowWidth);
        if (scene.isEmpty()) {
            spot = new double[] {0, 0, 0};
        }
        return centredOnTheFloor(Arranger.arrange(things, layout, spot));
    }

    /**
     * A thing to put against something not in the model yet ("a cat under the table" on an empty model) makes that
     * something first, as a person describing a scene means.
     */
    private static List<Item> withMissingAnchors(List<Item> items, List<Part> scene) {
        List<Item> result = new ArrayList<>();
        List<Entity> there = Entities.of(scene);
        for (Item item : items) {
            Referent anchor = item.where() == null ? null : item.where().anchor();
            boolean missing = anchor != null
                    && anchor.pointer() == Referent.Pointer.DESCRIBED
                    && anchor.thing() != null
                    && anchor.name() == null
                    && there.stream().noneMatch(e -> e.is(anchor.thing()))
                    && result.stream().noneMatch(made -> made.thing().equals(anchor.thing()));
            if (missing) {
                result.add(Item.of(1, anchor.thing()));
            }
            result.add(item);
        }
        return result;
    }

    /** The scene with the anchor raised so that what was put under it fits. */
    private static List<Part> lifted(
            List<Part> scene, Referent anchorReferent, List<List<Part>> under, String lastMade, String focus) {
        String about = anchorReferent.pointer() == Referent.Pointer.IT && lastMade != null ? lastMade : focus;
        List<Part> anchor = Selection.resolve(anchorReferent, new Context(scene, about)).stream()
                .flatMap(entity -> entity.parts().stream())
                .toList();
        double lift = Placer.liftFor(under, Box.around(anchor));
        return lift <= 0 ? scene : new ArrayList<>(Geometry.replace(scene, Geometry.translated(anchor, 0, lift, 0)));
    }

    /**
     * Shapes made on their own are centred on the floor plane (y = 0), as the model has always placed a lone shape; an
     * object stands on it. A stack of shapes keeps its order above the first.
     */
    private static List<List<Part>> centredOnTheFloor(List<List<Part>> things) {
        boolean shapes = things.stream().allMatch(thing -> thing.size() == 1);
        if (!shapes) {
            return things;
        }
        double lowest =
                things.stream().mapToDouble(t -> Box.around(t).min()[1]).min().orElse(0);
        double half = things.stream()
                .filter(t -> Box.around(t).min()[1] <= lowest + 1e-9)
                .mapToDouble(t -> Box.around(t).size(1) / 2)
                .max()
                .orElse(0);
        return things.stream().map(t -> Geometry.translated(t, 0, -half, 0)).toList();
    }

    /** How many parts what the referent points at has (0 when it is not there). */
    private static int anchorParts(Referent referent, List<Part> scene, String lastMade, String focus) {
        String about = referent.pointer() == Referent.Pointer.IT && lastMade != null ? lastMade : focus;
        return Selection.resolve(referent, new Context(scene, about)).stream()
                .mapToInt(entity -> entity.parts().size())
                .sum();
    }

    /** "It" inside a sentence that makes things is the thing it made just before ("a table with chairs around it"). */
    private static Optional<Box> anchor(Referent referent, List<Part> scene, String lastMade, String focus) {
        String about = referent.pointer() == Referent.Pointer.IT && lastMade != null ? lastMade : focus;
        List<Entity> found = Selection.resolve(referent, new Context(scene, about));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Part> parts =
                found.stream().flatMap(entity -> entity.parts().stream()).toList();
        return Optional.of(Box.around(parts));
    }

    /**
     * Things said with a place among the sentence's things ("a lamp on the left, a sofa in the middle and a plant on
     * the right") stand in that order along x around where the first of them was put; the rest stay where they are.
     */
    private static List<Part> positioned(
            List<Item> items, List<List<List<Part>>> made, List<Part> before, List<Part> scene) {
        List<Integer> placedByPosition = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).position() != null && items.get(i).where() == null) {
                placedByPosition.add(i);
            }
        }
        if (placedByPosition.isEmpty()) {
            return scene;
        }
        List<Part> all = new ArrayList<>();
        made.forEach(item -> item.forEach(all::addAll));
        Box together = Box.around(all);
        double width = made.stream()
                        .flatMap(List::stream)
                        .mapToDouble(t -> Box.around(t).footprint())
                        .max()
                        .orElse(1)
                + Geometry.GAP * 2;
        List<Part> result = new ArrayList<>(scene);
        for (int i : placedByPosition) {
            double[] offset = offset(items.get(i).position(), width);
            for (List<Part> thing : made.get(i)) {
                Box box = Box.around(thing);
                List<Part> moved = Geometry.standingAt(
                        thing,
                        together.centre(0) + offset[0],
                        box.min()[1] + offset[1],
                        together.centre(2) + offset[2]);
                result = Geometry.replace(result, moved);
            }
        }
        return result;
    }

    private static double[] offset(String position, double width) {
        return switch (position) {
            case "left" -> new double[] {-width, 0, 0};
            case "right" -> new double[] {width, 0, 0};
            case "front" -> new double[] {0, 0, width};
            case "back" -> new double[] {0, 0, -width};
            case "top" -> new double[] {0, width, 0};
            default -> new double[] {0, 0, 0};
        };
    }

    /** The name of a thing made: the part's own, or the group's ("chair 2" of "chair 2 seat"). */
    static String thingName(List<Part> thing) {
        return thing.get(0).name().replaceFirst("^(.+? \\d+) .+$", "$1");
    }
}
