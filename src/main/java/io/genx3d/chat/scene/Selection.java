package io.genx3d.chat.scene;

import io.genx3d.chat.language.Referent;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what a sentence points at. "it" is what the conversation is about (or the newest thing); "them" that kind of
 * thing, all of it; "the cube" the cube the conversation is about if it is one, else the newest cube; "the cubes" and
 * "all cubes" every cube; "the red one", "the left one", "the second cube", "the big one", "chair 2", "the roof of the
 * house" what they say. A colour matches the nearest named colour, so "the red one" finds a crimson part.
 */
final class Selection {

    private Selection() {}

    static List<Entity> resolve(Referent referent, Context context) {
        List<Entity> all = Entities.of(context.scene());
        List<Entity> found = new ArrayList<>(one(referent, all, context.focus()));
        for (Referent more = referent.also(); more != null; more = more.also()) {
            for (Entity entity : one(more, all, context.focus())) {
                if (found.stream().noneMatch(e -> e.name().equals(entity.name()))) {
                    found.add(entity);
                }
            }
        }
        if (referent.except() != null) {
            Set<String> left = new LinkedHashSet<>();
            resolve(referent.except(), context).forEach(entity -> left.add(entity.name()));
            found.removeIf(entity -> left.contains(entity.name()));
        }
        if (referent.piece() != null) {
            return pieces(found, referent.piece(), all, referent.thing() == null);
        }
        if (found.isEmpty() && referent.thing() != null && referent.pointer() == Referent.Pointer.DESCRIBED) {
            // "the walls", "the trunk", "the towers": no such thing, but a piece of one that has them
            return pieces(all, referent.thing().word() + (referent.plural() ? "s" : ""), all, true);
        }
        return found;
    }

    private static List<Entity> one(Referent r, List<Entity> all, String focus) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Entity> matching = all.stream().filter(e -> matches(e, r)).toList();
        Optional<Entity> focused = focused(all, focus);
        return switch (r.pointer()) {
            case IT ->
                r.thing() == null && r.colour() == null
                        ? List.of(focused.orElse(all.get(all.size() - 1)))
                        : pick(r, matching, focused);
            case THEM -> them(all, focused, r);
            case ALL -> r.thing() == null && r.colour() == null ? all : matching;
            case BOTH -> matching.size() <= 2 ? matching : matching.subList(matching.size() - 2, matching.size());
            case OTHERS ->
                matching.stream()
                        .filter(e -> focused.isEmpty()
                                || !e.name().equals(focused.get().name()))
                        .toList();
            case DESCRIBED -> pick(r, matching, focused);
        };
    }

    private static boolean matches(Entity e, Referent r) {
        if (r.name() != null) {
            return e.name().equals(r.name().toLowerCase(Locale.ROOT));
        }
        if (r.thing() != null && !e.is(r.thing())) {
            return false;
        }
        return r.colour() == null || sameColour(e.colour(), r.colour());
    }

    /** "the red one" finds a part of any red: its nearest plain colour name is the one said. */
    static boolean sameColour(String hex, String said) {
        Optional<String> saidHex = Colours.hex(said);
        return saidHex.isPresent()
                && (hex.equalsIgnoreCase(saidHex.get()) || Colours.nameOf(hex).equals(Colours.nameOf(saidHex.get())));
    }

    private static List<Entity> pick(Referent r, List<Entity> matching, Optional<Entity> focused) {
        if (matching.isEmpty()) {
            return List.of();
        }
        if (r.position() != null) {
            return List.of(byPosition(matching, r.position()));
        }
        if (r.ordinal() != null) {
            int index = r.ordinal() < 0 ? matching.size() + r.ordinal() : r.ordinal() - 1;
            return index >= 0 && index < matching.size() ? List.of(matching.get(index)) : List.of();
        }
        if (r.size() != null) {
            Comparator<Entity> bySize = Comparator.comparingDouble(e -> e.box().volume());
            boolean small = List.of("small", "little", "tiny", "smaller", "short", "mini")
                    .contains(r.size());
            return List.of(
                    small
                            ? matching.stream().min(bySize).get()
                            : matching.stream().max(bySize).get());
        }
        if (r.plural()) {
            return matching;
        }
        if (focused.isPresent()
                && matching.stream().anyMatch(e -> e.name().equals(focused.get().name()))) {
            return List.of(focused.get());
        }
        return List.of(matching.get(matching.size() - 1));
    }

    private static Entity byPosition(List<Entity> matching, String position) {
        Comparator<Entity> order = switch (position) {
            case "left", "right", "middle" ->
                Comparator.comparingDouble(e -> e.box().centre(0));
            case "top", "bottom" -> Comparator.comparingDouble(e -> e.box().centre(1));
            default -> Comparator.comparingDouble(e -> e.box().centre(2));
        };
        List<Entity> sorted = new ArrayList<>(matching);
        sorted.sort(order);
        return switch (position) {
            case "left", "bottom", "back" -> sorted.get(0);
            case "middle" -> sorted.get(sorted.size() / 2);
            default -> sorted.get(sorted.size() - 1);
        };
    }

    /** "Them": the things of the kind the conversation is about (all of them), else everything. */
    private static List<Entity> them(List<Entity> all, Optional<Entity> focused, Referent r) {
        if (r.thing() != null) {
            return all.stream().filter(e -> e.is(r.thing())).toList();
        }
        if (focused.isEmpty()) {
            return all;
        }
        List<Entity> sameKind =
                all.stream().filter(e -> e.kind().equals(focused.get().kind())).toList();
        return sameKind.size() > 1 ? sameKind : all;
    }

    static Optional<Entity> focused(List<Entity> all, String focus) {
        if (focus == null) {
            return Optional.empty();
        }
        String lower = focus.toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(e -> e.name().equals(lower) || lower.startsWith(e.name() + " "))
                .findFirst();
    }

    /** The named pieces of the things found; with no thing named, the newest thing that has such a piece. */
    private static List<Entity> pieces(List<Entity> owners, String piece, List<Entity> all, boolean anyOwner) {
        List<Entity> candidates = owners;
        if (anyOwner) {
            candidates = new ArrayList<>(all);
            java.util.Collections.reverse(candidates);
        }
        List<Entity> result = new ArrayList<>();
        for (Entity owner : candidates) {
            List<Part> parts = owner.parts().stream()
                    .filter(part -> isPiece(Entities.pieceOf(part, owner), piece))
                    .toList();
            if (!parts.isEmpty()) {
                result.add(new Entity(owner.name(), owner.kind(), parts, owner.order()));
                if (anyOwner) {
                    break;
                }
            }
        }
        return result;
    }

    private static boolean isPiece(String label, String piece) {
        return Entities.isPiece(label, piece);
    }
}
