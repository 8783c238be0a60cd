package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** "describe the model", "what's in the scene": lists the parts, changing nothing. */
final class DescribeCommand implements ChatCommand {

    private static final Pattern DESCRIBE = Pattern.compile(
            "^(?:describe(?: the| this| my)?(?: model| scene)?|what(?:'s| is) in (?:(?:the|this|my|it) ?(?:model|scene)?|here|there)"
                    + "|list(?: the)? parts|show(?: me)?(?: the)? parts|(?:list|show)(?: me)? (?:everything|all"
                    + "(?: the)? parts|the model|what's there)|what(?:'s| is) (?:this|that|there|here)"
                    + "|what have (?:i|we) (?:got|made|built))$");

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        if (!DESCRIBE.matcher(text).matches()) {
            return Optional.empty();
        }
        if (scene.isEmpty()) {
            return Optional.of(Interpretation.description("The model is empty. Try \"Create a cube\"."));
        }
        String parts = scene.stream()
                .map(p -> p.name() + " (" + io.genx3d.models.Colours.nameOf(p.color()) + " " + p.primitive() + " at "
                        + EditCommands.describe(p.position()) + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(Interpretation.description(
                "The model has " + scene.size() + (scene.size() == 1 ? " part: " : " parts: ") + parts + "."));
    }
}
