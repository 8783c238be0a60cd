package io.genx3d.chat.scene;

import io.genx3d.chat.language.Command;
import io.genx3d.chat.language.Item;
import io.genx3d.chat.language.Referent;
import io.genx3d.chat.language.Thing;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries out one command on a model: {@link #apply(Command, Context)} is pure — the same command on the same context
 * always gives the same outcome, and nothing is kept between calls. Each change acts on every thing its target names
 * ("paint the chairs blue" paints every chair), and says in its reply what it did.
 */
public final class Editor {

    private static final Map<String, double[]> DIRECTIONS = Map.of(
            "left", new double[] {-1, 0, 0},
            "right", new double[] {1, 0, 0},
            "up", new double[] {0, 1, 0},
            "down", new double[] {0, -1, 0},
            "forward", new double[] {0, 0, 1},
            "back", new double[] {0, 0, -1});

    private final Maker maker;
    private final long maxArrangementChecks;

    /**
     * {@code maxArrangementChecks} bounds the overlap checks one arrangement makes (each part it moves against each part
     * it leaves) before it stands beside the rest of the model instead, which needs none.
     */
    public Editor(ObjectShapes objects, long maxArrangementChecks) {
        this.maker = new Maker(objects);
        this.maxArrangementChecks = maxArrangementChecks;
    }

    public Outcome apply(Command command, Context context) {
        if (command instanceof Command.Add add) {
            return maker.add(add, context);
        }
        if (command instanceof Command.Ask ask) {
            return Answers.answer(ask, context);
        }
        if (command instanceof Command.Place place) {
            return place(place, context);
        }
        if (command instanceof Command.Copy copy) {
            return copy(copy, context);
        }
        if (command instanceof Command.Arrange arrange) {
            return arrange(arrange, context);
        }
        if (command instanceof Command.ChangeKind change) {
            return changeKind(change, context);
        }
        if (command instanceof Command.Focus focus) {
            List<Entity> found = Selection.resolve(focus.target(), context);
            if (found.isEmpty()) {
                return nothingFound(focus.target(), context);
            }
            Entity first = found.get(0);
            return new Outcome(
                    true,
                    "OK: " + first.label() + ".",
                    null,
                    List.of(new Outcome.Step("select", first.name())),
                    false,
                    null,
                    false);
        }
        if (command instanceof Command.Resize resize && resize.factor() == null) {
            return resizeTo(resize, context);
        }
        if (command instanceof Command.RenamePart rename) {
            return renamePart(rename, context);
        }
        if (command instanceof Command.PaintLike like) {
            List<Entity> model = Selection.resolve(like.like(), context);
            if (model.isEmpty()) {
                return nothingFound(like.like(), context);
            }
            return edit(
                    new Command.Paint(
                            like.target(), Replies.colourName(model.get(0).colour())),
                    context,
                    model.get(0).colour());
        }
        return edit(command, context, null);
    }

    /** The changes made thing by thing: paint ({@code hex}: an exact colour, or null), move, turn, resize, remove. */
    private Outcome edit(Command command, Context context, String hex) {
        Referent target = targetOf(command);
        List<Entity> found = Selection.resolve(target, context);
        if (found.isEmpty()) {
            return nothingFound(target, context);
        }
        if (target.except() != null
                && Selection.resolve(target.except(), context).isEmpty()) {
            return nothingFound(target.except(), context);
        }
        List<Part> removed = new ArrayList<>();
        List<Part> changedParts = new ArrayList<>();
        List<Outcome.Step> steps = new ArrayList<>();
        for (Entity entity : found) {
            List<Part> parts = entity.parts();
            if (command instanceof Command.Remove) {
                removed.addAll(parts);
                steps.add(new Outcome.Step("remove_part", entity.name()));
                continue;
            }
            changedParts.addAll(hex != null ? Geometry.painted(parts, hex) : changed(command, parts));
            steps.add(new Outcome.Step(stepType(command), entity.name()));
        }
        // One pass over the model for all the things changed, so "paint them" over many parts stays linear.
        List<Part> scene = Geometry.without(Geometry.replace(context.scene(), changedParts), removed);
        String colourNow = Replies.colourName(Selection.resolve(target, new Context(scene, context.focus())).stream()
                .findFirst()
                .map(Entity::colour)
                .orElse(Part.DEFAULT_COLOR));
        return Outcome.changed(scene, reply(command, found, colourNow), steps);
    }

    private static List<Part> changed(Command command, List<Part> parts) {
        if (command instanceof Command.Paint paint) {
            return Geometry.painted(parts, Colours.hex(paint.colour()).orElseThrow());
        }
        if (command instanceof Command.Resize resize) {
            return Geometry.scaled(parts, resize.factor());
        }
        if (command instanceof Command.Turn turn) {
            return Geometry.turned(parts, turn.degrees(), turn.axis());
        }
        if (command instanceof Command.Move move) {
            return moved(parts, move);
        }
        if (command instanceof Command.MoveTo to) {
            Box box = Box.around(parts);
            return Geometry.translated(parts, to.x() - box.centre(0), to.y() - box.centre(1), to.z() - box.centre(2));
        }
        if (command instanceof Command.Shade shade) {
            return parts.stream()
                    .map(part -> part.withColor(
                            shade.amount() < 0
                                    ? Colours.darker(part.color(), -shade.amount())
                                    : Colours.lighter(part.color(), shade.amount())))
                    .toList();
        }
        return parts;
    }

    /** One part takes a new name; a thing of several pieces keeps its own (its pieces are named after it). */
    private static Outcome renamePart(Command.RenamePart rename, Context context) {
        List<Entity> found = Selection.resolve(rename.target(), context);
        if (found.isEmpty()) {
            return nothingFound(rename.target(), context);
        }
        Entity entity = found.get(0);
        if (entity.parts().size() != 1) {
            return Outcome.notFound("Only a single part can be renamed: " + entity.name() + " is made of "
                    + entity.parts().size() + " parts, each named after it.");
        }
        Part part = entity.parts().get(0);
        boolean taken = context.scene().stream()
                .anyMatch(other -> other != part && other.name().equalsIgnoreCase(rename.name()));
        if (taken) {
            return Outcome.notFound("There is already a part named " + rename.name() + " in this model.");
        }
        List<Part> scene = new ArrayList<>(context.scene().size());
        context.scene().forEach(other -> scene.add(other == part ? part.withName(rename.name()) : other));
        return Outcome.changed(
                scene,
                "Renamed " + part.name() + " to " + rename.name() + ".",
                List.of(new Outcome.Step("rename_part", rename.name())));
    }

    /** To measures said in units, or to another thing's size: a factor per thing, per axis. */
    private static Outcome resizeTo(Command.Resize resize, Context context) {
        List<Entity> found = Selection.resolve(resize.target(), context);
        if (found.isEmpty()) {
            return nothingFound(resize.target(), context);
        }
        Box wanted;
        if (resize.like() != null) {
            List<Entity> model = Selection.resolve(resize.like(), context);
            if (model.isEmpty()) {
                return nothingFound(resize.like(), context);
            }
            wanted = model.get(0).box();
        } else {
            wanted = null;
        }
        List<Part> changedParts = new ArrayList<>();
        List<Outcome.Step> steps = new ArrayList<>();
        for (Entity entity : found) {
            Box box = entity.box();
            double[] factor = new double[3];
            for (int axis = 0; axis < 3; axis++) {
                Double to = wanted != null ? Double.valueOf(wanted.size(axis)) : resize.to()[axis];
                factor[axis] = to == null || to <= 0 || box.size(axis) <= 0 ? 1 : to / box.size(axis);
            }
            boolean everyMeasure =
                    wanted == null && resize.to()[0] != null && resize.to()[1] != null && resize.to()[2] != null;
            if (everyMeasure && entity.parts().size() == 1) {
                // "resize the cube to 2 by 1 by 3": the part is made that size, its scale undone
                Part part = entity.parts().get(0);
                changedParts.add(new Part(
                        part.name(),
                        part.primitive(),
                        Geometry.vector(resize.to()[0], resize.to()[1], resize.to()[2]),
                        part.position(),
                        part.rotation(),
                        Part.UNIT,
                        part.color()));
            } else {
                changedParts.addAll(Geometry.scaled(entity.parts(), factor));
            }
            steps.add(new Outcome.Step("resize_part", entity.name()));
        }
        List<Part> scene = Geometry.replace(context.scene(), changedParts);
        String how =
                resize.like() != null ? "to the size of " + Replies.name(resize.like()) : "to " + measures(resize.to());
        return Outcome.changed(scene, "Resized " + names(found) + " " + how + ".", steps);
    }

    private static String measures(Double[] to) {
        List<String> said = new ArrayList<>();
        String[] names = {"wide", "tall", "deep"};
        for (int axis = 0; axis < 3; axis++) {
            if (to[axis] != null && to[axis] > 0) {
                said.add(Geometry.round(to[axis]) + " " + names[axis]);
            }
        }
        return String.join(", ", said);
    }

    private static List<Part> moved(List<Part> parts, Command.Move move) {
        if (move.direction().equals("centre")) {
            Box box = Box.around(parts);
            return Geometry.translated(parts, -box.centre(0), 0, -box.centre(2));
        }
        double[] d = DIRECTIONS.get(move.direction());
        double distance = move.distance();
        return Geometry.translated(parts, d[0] * distance, d[1] * distance, d[2] * distance);
    }

    private static Outcome place(Command.Place place, Context context) {
        List<Entity> moving = Selection.resolve(place.target(), context);
        List<Entity> anchors = Selection.resolve(place.where().anchor(), context);
        if (moving.isEmpty() || anchors.isEmpty()) {
            return nothingFound(
                    moving.isEmpty() ? place.target() : place.where().anchor(), context);
        }
        List<String> anchorNames = anchors.stream().map(Entity::name).toList();
        List<Entity> movable =
                moving.stream().filter(e -> !anchorNames.contains(e.name())).toList();
        if (movable.isEmpty()) {
            return Outcome.notFound(
                    "A thing can't be put " + place.where().relation().replace('-', ' ') + " itself.");
        }
        Box anchor =
                Box.around(anchors.stream().flatMap(e -> e.parts().stream()).toList());
        if (Placer.isOnTop(place.where().relation())) {
            java.util.Set<String> moved = new java.util.HashSet<>();
            movable.forEach(e -> e.parts().forEach(p -> moved.add(p.name())));
            anchor = Placer.withWhatStandsOn(anchor, context.scene(), moved);
        }
        Box second = null;
        if (place.where().secondAnchor() != null) {
            List<Entity> others = Selection.resolve(place.where().secondAnchor(), context);
            second = others.isEmpty()
                    ? null
                    : Box.around(
                            others.stream().flatMap(e -> e.parts().stream()).toList());
        }
        boolean lone = anchors.stream().mapToInt(e -> e.parts().size()).sum() == 1;
        List<List<Part>> placed = Placer.place(
                movable.stream().map(Entity::parts).toList(), place.where().relation(), anchor, second, lone);
        List<Outcome.Step> steps = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            steps.add(new Outcome.Step("move_part", movable.get(i).name()));
        }
        List<Part> scene = Geometry.replace(
                context.scene(), placed.stream().flatMap(List::stream).toList());
        if (place.where().relation().equals("under")) {
            List<Part> anchorParts =
                    anchors.stream().flatMap(e -> e.parts().stream()).toList();
            double lift = Placer.liftFor(placed, anchor);
            if (lift > 0) {
                scene = Geometry.replace(scene, Geometry.translated(anchorParts, 0, lift, 0));
            }
        }
        return Outcome.changed(
                scene,
                "Put " + names(movable) + " " + place.where().relation().replace('-', ' ') + " " + names(anchors) + ".",
                steps);
    }

    private static Outcome copy(Command.Copy copy, Context context) {
        List<Entity> found = Selection.resolve(copy.target(), context);
        if (found.isEmpty()) {
            return nothingFound(copy.target(), context);
        }
        List<Part> scene = new ArrayList<>(context.scene());
        List<Outcome.Step> steps = new ArrayList<>();
        // The right edge of the model, kept as copies are added: measuring the whole model per copy would make
        // "copy them" over many parts quadratic.
        double rightEdge = Box.around(scene).max()[0];
        Names names = new Names(scene);
        for (Entity entity : found) {
            Box original = entity.box();
            for (int i = 0; i < copy.copies(); i++) {
                List<Part> copied = renamed(entity, names, scene.size() + 1);
                double width = original.size(0);
                List<Part> placed = Geometry.standingAt(
                        copied, rightEdge + Geometry.GAP + width / 2, original.min()[1], original.centre(2));
                rightEdge += Geometry.GAP + width;
                scene.addAll(placed);
                steps.add(new Outcome.Step("add_part", Maker.thingName(placed)));
            }
        }
        String what = names(found);
        return Outcome.changed(
                scene,
                "Made " + (copy.copies() == 1 ? "a copy" : copy.copies() + " copies") + " of " + what + ".",
                steps);
    }

    /**
     * The entity's parts under a new name: a lone part named as a new shape is ("cube 3", its place in the model), an
     * object by the next number of its kind ("chair 3").
     */
    private static List<Part> renamed(Entity entity, Names names, int place) {
        String newName = entity.isSinglePart()
                ? names.free(entity.kind(), place)
                : entity.kind() + " " + names.take(entity.kind());
        List<Part> result = new ArrayList<>();
        for (Part part : entity.parts()) {
            String piece = Entities.pieceOf(part, entity);
            String name = piece.isEmpty() ? newName : newName + " " + piece;
            result.add(new Part(
                    name, part.primitive(), part.size(), part.position(), part.rotation(), part.scale(), part.color()));
        }
        return result;
    }

    private Outcome arrange(Command.Arrange arrange, Context context) {
        List<Entity> found = Selection.resolve(arrange.target(), context);
        if (found.size() < 2) {
            found = Entities.of(context.scene());
        }
        if (found.size() < 2) {
            return Outcome.notFound("There is only one thing to arrange; add some more first.");
        }
        List<Part> all = found.stream().flatMap(e -> e.parts().stream()).toList();
        Box box = Box.around(all);
        double[] base = {box.centre(0), Math.max(0, box.min()[1]), box.centre(2)};
        List<List<Part>> placed =
                Arranger.arrange(found.stream().map(Entity::parts).toList(), arrange.layout(), base);
        placed = Clearance.clearOf(placed, Geometry.without(context.scene(), all), maxArrangementChecks);
        List<Outcome.Step> steps = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            steps.add(new Outcome.Step("move_part", found.get(i).name()));
        }
        List<Part> scene = Geometry.replace(
                context.scene(), placed.stream().flatMap(List::stream).toList());
        return Outcome.changed(
                scene,
                "Arranged " + found.size() + " things in a " + arrange.layout().kind() + ".",
                steps);
    }

    private Outcome changeKind(Command.ChangeKind change, Context context) {
        List<Entity> found = Selection.resolve(change.target(), context);
        if (found.isEmpty()) {
            return nothingFound(change.target(), context);
        }
        List<Part> scene = new ArrayList<>(context.scene());
        List<Outcome.Step> steps = new ArrayList<>();
        for (Entity entity : found) {
            Box box = entity.box();
            List<Part> without = new ArrayList<>(Geometry.without(scene, entity.parts()));
            Item item = Item.of(1, change.into());
            Outcome made = maker.add(new Command.Add(List.of(item)), new Context(without, null));
            if (!made.understood()) {
                return made;
            }
            List<Part> fresh = made.scene().subList(without.size(), made.scene().size());
            List<Part> fitted = fitted(fresh, box, change.into(), entity.colour());
            int at = context.scene().indexOf(entity.parts().get(0));
            List<Part> rebuilt = new ArrayList<>(without);
            rebuilt.addAll(Math.min(Math.max(at, 0), rebuilt.size()), fitted);
            scene = rebuilt;
            steps.add(new Outcome.Step("change_part", Maker.thingName(fitted)));
        }
        return Outcome.changed(
                scene,
                "Changed " + names(found) + " into "
                        + Replies.some(change.into().word(), found.size() > 1) + ".",
                steps);
    }

    /** A thing made to replace another stands where it stood, as big, and keeps its colour when it is a shape. */
    private static List<Part> fitted(List<Part> fresh, Box old, Thing into, String colour) {
        List<Part> sized = fresh;
        if (into.isShape()) {
            Part part = fresh.get(0);
            sized = List.of(new Part(
                    part.name(),
                    part.primitive(),
                    Geometry.vector(old.size(0), old.size(1), old.size(2)),
                    part.position(),
                    part.rotation(),
                    part.scale(),
                    colour));
        }
        return Geometry.standingAt(sized, old.centre(0), old.min()[1], old.centre(2));
    }

    static Outcome nothingFound(Referent target, Context context) {
        if (context.scene().isEmpty()) {
            return Outcome.notFound("The model is empty, so there is nothing to change yet. Try \"add a cube\".");
        }
        String what = Replies.name(target).replaceFirst("^the ", "");
        return Outcome.notFound((target.many() ? "There are no " : "There is no ") + what + " in this model"
                + contents(context.scene()) + ".");
    }

    /** " (it has cube 1, sphere 2)": what the model holds, the first six things, so the person can say one. */
    static String contents(List<Part> scene) {
        List<Entity> there = Entities.of(scene);
        List<String> names = there.stream().limit(6).map(Entity::name).toList();
        return " (it has " + String.join(", ", names) + (there.size() > 6 ? ", …" : "") + ")";
    }

    private static Referent targetOf(Command command) {
        return switch (command) {
            case Command.Paint paint -> paint.target();
            case Command.Resize resize -> resize.target();
            case Command.Turn turn -> turn.target();
            case Command.Move move -> move.target();
            case Command.Remove remove -> remove.target();
            case Command.Shade shade -> shade.target();
            case Command.MoveTo to -> to.target();
            default -> throw new IllegalArgumentException("not an edit: " + command);
        };
    }

    private static String stepType(Command command) {
        if (command instanceof Command.Paint) {
            return "paint_part";
        }
        if (command instanceof Command.Resize) {
            return "resize_part";
        }
        if (command instanceof Command.Shade) {
            return "paint_part";
        }
        if (command instanceof Command.Turn) {
            return "rotate_part";
        }
        return command instanceof Command.Move || command instanceof Command.MoveTo ? "move_part" : "edit_part";
    }

    private static String reply(Command command, List<Entity> found, String colourNow) {
        String what = names(found);
        if (command instanceof Command.Paint paint) {
            return "Painted " + what + " " + paint.colour() + ".";
        }
        if (command instanceof Command.Resize resize) {
            return "Made " + what + " " + Replies.resized(resize.factor()) + ".";
        }
        if (command instanceof Command.Turn turn) {
            return "Turned " + what + " " + Geometry.format(turn.degrees()) + " degrees about " + turn.axis() + ".";
        }
        if (command instanceof Command.Shade shade) {
            return "Made " + what + " " + (shade.amount() < 0 ? "darker" : "lighter") + " (" + colourNow + ").";
        }
        if (command instanceof Command.Move move) {
            return "Moved " + what + " " + move.direction() + ".";
        }
        if (command instanceof Command.MoveTo to) {
            return "Moved " + what + " to (" + Geometry.format(to.x()) + ", " + Geometry.format(to.y()) + ", "
                    + Geometry.format(to.z()) + ").";
        }
        return "Removed " + what + ".";
    }

    static String names(List<Entity> entities) {
        if (entities.size() > 3) {
            long kinds = entities.stream().map(Entity::kind).distinct().count();
            String kind = entities.get(0).kind().replace('-', ' ');
            return kinds == 1 ? "the " + entities.size() + " " + Replies.plural(kind) : entities.size() + " things";
        }
        return Replies.list(entities.stream().map(Entity::label).toList());
    }
}
