package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several copies at once: "make 3 copies of the cube", "duplicate the sphere twice", "copy the house 2 times". A
 * part's copies stand in a row beside it, each next to the one before (copying the same part again would put every
 * copy in one place); an object's copies each go beside everything else, as one copy of it does.
 */
final class CopiesCommand implements ChatCommand {

    private static final Pattern COPIES = Pattern.compile("^(?:duplicate|copy|clone) (.+?) (\\d+) times$");
    private static final String THE = "^(?:the|my|that|this) ";

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        Matcher m = COPIES.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int count = Integer.parseInt(m.group(2));
        if (count < 1 || count > AddCommand.MAX_PARTS_PER_COMMAND) {
            return Optional.empty();
        }
        String target = m.group(1);
        Optional<String> group = GroupCommand.group(target.replaceFirst(THE, ""), scene);
        if (group.isPresent()) {
            return Optional.of(copiesOfGroup(group.get(), count, scene));
        }
        return Targets.find(target, scene).map(index -> copiesOfPart(index, count, scene));
    }

    private static Interpretation copiesOfPart(int index, int count, List<Part> scene) {
        Interpretation last = null;
        List<Part> current = scene;
        int copying = index;
        for (int i = 0; i < count; i++) {
            last = EditCommands.duplicated(current, copying);
            current = last.scene();
            copying = current.size() - 1;
        }
        String name = scene.get(index).name();
        return done(last, "Made " + count + (count == 1 ? " copy of " : " copies of ") + name + ".");
    }

    private static Interpretation copiesOfGroup(String group, int count, List<Part> scene) {
        Interpretation last = null;
        for (int i = 0; i < count; i++) {
            last = GroupCommand.duplicate(group, last == null ? scene : last.scene());
        }
        return done(last, "Made " + count + (count == 1 ? " copy of " : " copies of ") + group + ".");
    }

    /** The last copy's scene and action (so "it" is the newest copy next), with one reply for all of them. */
    private static Interpretation done(Interpretation last, String reply) {
        return new Interpretation(true, reply, last.scene(), last.actions(), null);
    }
}
