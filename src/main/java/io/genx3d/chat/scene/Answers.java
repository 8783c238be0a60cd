package io.genx3d.chat.scene;

import io.genx3d.chat.language.Command;
import io.genx3d.chat.language.Referent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers questions from the model alone: how many (of a kind, a colour or in all), what colour something is, where it
 * is, how big it is, and what the model holds. An answer changes nothing; one that tells the model's content is marked
 * so (the caller may need models:read to see it).
 */
final class Answers {

    private Answers() {}

    static Outcome answer(Command.Ask ask, Context context) {
        List<Entity> all = Entities.of(context.scene());
        return switch (ask.question()) {
            case COUNT -> count(ask, all, context);
            case COLOUR -> about(ask, context, entity -> "is " + Replies.colourName(entity.colour()));
            case WHERE -> about(ask, context, entity -> "is at " + position(entity));
            case SIZE -> about(ask, context, entity -> "is " + size(entity));
            case CONTENTS -> contents(all);
            case WHICH -> which(ask, context);
        };
    }

    private static Outcome count(Command.Ask ask, List<Entity> all, Context context) {
        if (ask.kind() == null
                && ask.colour() == null
                && (ask.about() == null || ask.about().piece() == null)) {
            long parts = context.scene().size();
            return Outcome.description("The model has " + Replies.counted(all.size(), "thing")
                    + (parts != all.size() ? " (" + parts + " parts)" : "") + ".");
        }
        Referent what = new Referent(
                Referent.Pointer.ALL,
                ask.kind(),
                ask.colour(),
                null,
                null,
                null,
                null,
                ask.about() == null ? null : ask.about().piece(),
                true,
                null,
                null);
        List<Entity> found = Selection.resolve(what, context);
        long count = what.piece() == null
                ? found.size()
                : found.stream().mapToLong(e -> e.parts().size()).sum();
        String word = what.piece() != null
                ? what.piece()
                : ask.kind() != null ? ask.kind().word() : "thing";
        String colour = ask.colour() == null ? "" : ask.colour() + " ";
        String counted = Replies.counted(count, colour + word);
        return Outcome.description((count == 1 ? "There is " : "There are ") + counted + ".");
    }

    private static Outcome about(Command.Ask ask, Context context, java.util.function.Function<Entity, String> says) {
        Referent target = ask.about() == null ? Referent.it() : ask.about();
        List<Entity> found = Selection.resolve(target, context);
        if (found.isEmpty()) {
            return Editor.nothingFound(target, context);
        }
        StringBuilder reply = new StringBuilder();
        for (Entity entity : found.subList(0, Math.min(found.size(), 10))) {
            reply.append(reply.length() == 0 ? "" : " ")
                    .append(capitalised(entity.name()))
                    .append(' ')
                    .append(says.apply(entity))
                    .append('.');
        }
        return Outcome.description(reply.toString());
    }

    /** "Which one is the biggest?": the one of those asked about that is most so. */
    private static Outcome which(Command.Ask ask, Context context) {
        List<Entity> among = Selection.resolve(ask.about(), context);
        if (among.isEmpty()) {
            return Editor.nothingFound(ask.about(), context);
        }
        String most = ask.colour();
        java.util.Comparator<Entity> order = switch (most) {
            case "tallest", "shortest", "highest", "lowest" ->
                java.util.Comparator.comparingDouble(e -> e.box().size(1));
            case "widest", "thinnest" ->
                java.util.Comparator.comparingDouble(e -> e.box().size(0));
            case "leftmost", "rightmost" ->
                java.util.Comparator.comparingDouble(e -> e.box().centre(0));
            default -> java.util.Comparator.comparingDouble(e -> e.box().volume());
        };
        boolean least = List.of("smallest", "shortest", "lowest", "thinnest", "tiniest", "leftmost")
                .contains(most);
        Entity found = least
                ? among.stream().min(order).get()
                : among.stream().max(order).get();
        return Outcome.description(capitalised(found.label()) + " is the " + most + ".");
    }

    private static Outcome contents(List<Entity> all) {
        if (all.isEmpty()) {
            return Outcome.description("The model is empty.");
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        all.forEach(entity -> kinds.merge(entity.kind(), 1L, Long::sum));
        List<String> said = kinds.entrySet().stream()
                .limit(20)
                .map(kind -> Replies.counted(kind.getValue(), kind.getKey()))
                .toList();
        List<String> names = all.stream().limit(12).map(Entity::name).toList();
        return Outcome.description("The model has " + Replies.list(said) + ": " + String.join(", ", names)
                + (all.size() > names.size() ? " and " + (all.size() - names.size()) + " more" : "") + ".");
    }

    private static String position(Entity entity) {
        Box box = entity.box();
        return "(" + Geometry.format(box.centre(0)) + ", " + Geometry.format(box.centre(1)) + ", "
                + Geometry.format(box.centre(2)) + ")";
    }

    private static String size(Entity entity) {
        Box box = entity.box();
        return Geometry.format(box.size(0)) + " × " + Geometry.format(box.size(1)) + " × "
                + Geometry.format(box.size(2)) + " (width × height × depth)";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
