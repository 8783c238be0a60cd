package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences to offer when a message was not understood: built from what the message seemed to ask for (its verb)
 * and from this model's things, so that each is about the model in front of the person. The caller keeps only those
 * that work when sent ({@code TypedInterpreter}); this only proposes.
 */
public final class Suggested {

    private Suggested() {}

    /**
     * Candidates, best first: {@code intent} is what the message's verb asks ("paint", "move"… or null), {@code
     * thing} a kind of thing it named (or null).
     */
    public static List<String> candidates(String intent, String thing, List<Part> scene) {
        Set<String> said = new LinkedHashSet<>();
        List<Entity> there = Entities.of(scene);
        String newest =
                there.isEmpty() ? null : there.get(there.size() - 1).kind().replace('-', ' ');
        String subject = newest == null ? null : "the " + newest;
        String made = thing == null ? "cube" : thing;
        if (intent != null) {
            switch (intent) {
                case "paint" -> add(said, subject, s -> "paint " + s + " red");
                case "move" -> add(said, subject, s -> "move " + s + " up");
                case "turn" -> add(said, subject, s -> "rotate " + s + " 90 degrees");
                case "resize" -> add(said, subject, s -> "make " + s + " bigger");
                case "remove" -> add(said, subject, s -> "remove " + s);
                case "copy" -> add(said, subject, s -> "copy " + s);
                case "arrange" -> said.add("put everything in a row");
                case "ask" -> said.add("how many parts are there?");
                case "name" -> said.add("call the model My model");
                default -> said.add("add a " + made);
            }
        }
        if (subject != null) {
            said.add("add a " + (made.equals(newest) ? "sphere" : made) + " on top of " + subject);
            said.add("paint " + subject + " blue");
            said.add("make " + subject + " bigger");
            if (there.size() > 1) {
                said.add("put everything in a row");
            }
        } else {
            said.add("add a " + made);
            said.add("add a red cube");
            said.add("build a table with four chairs around it");
        }
        return new ArrayList<>(said);
    }

    private static void add(Set<String> said, String subject, java.util.function.UnaryOperator<String> sentence) {
        if (subject != null) {
            said.add(sentence.apply(subject).toLowerCase(Locale.ROOT));
        }
    }
}
