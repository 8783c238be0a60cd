package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model itself: "call it House", "name the model Robot", "rename the model to Garden" rename it (in the
 * person's own letters); "new model", "start a new one" start another.
 */
final class ModelCommand implements ChatCommand {

    private static final Pattern RENAME = Pattern.compile(
            "^\\s*(?:please\\s+)?(?:(?:let's|lets|let\\s+us|i'll|i\\s+will|we'll|we\\s+will|i\\s+want\\s+to|i'd\\s+like\\s+to)\\s+)?"
                    + "(?:(?:call|name|title)\\s+(?:it|this|the model|this model|my model|the scene)|give\\s+(?:it|this"
                    + "|the model|this model|my model|the scene)\\s+the\\s+name)\\s+(.+?)[.!]*\\s*$"
                    + "|^\\s*(?:please\\s+)?rename\\s+(?:the|this|my)\\s+(?:model|scene)\\s+(?:to|as)\\s+(.+?)[.!]*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW = Pattern.compile(
            "^(?:new model|a new model|(?:start|add|make|create|begin|open) (?:a )?(?:new|fresh|blank|clean|empty|another)"
                    + " (?:one|model|scene))$");

    /** Reads the original message, not the canonical text: a name keeps its capitals. */
    Optional<Interpretation> interpret(String message, String text) {
        Matcher rename = RENAME.matcher(message);
        if (rename.matches()) {
            String name = (rename.group(1) != null ? rename.group(1) : rename.group(2))
                    .strip()
                    .replaceAll("^\"|\"$", "");
            return name.isEmpty() || name.length() > 100
                    ? Optional.empty()
                    : Optional.of(Interpretation.renameModel(name));
        }
        if (NEW.matcher(text).matches()) {
            return Optional.of(Interpretation.newModel("New model"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Interpretation> interpret(String text, List<Part> scene) {
        return interpret(text, text);
    }
}
