package io.genx3d.chat.language;

import java.util.Optional;
import java.util.Set;

/**
 * Questions about the model: how many (of a kind, of a colour, or in all), what colour, where, how big, and what is
 * in it. The question word and the words that follow say which ("what's the position of the cube" asks where, "what
 * are the dimensions of the cube" how big); the noun phrase in it says what it is about.
 */
final class Questions {

    private static final Set<String> COLOUR =
            Set.of("colour", "color", "colours", "colors", "what colour", "what color");
    private static final Set<String> SIZE = Set.of(
            "size",
            "dimensions",
            "dimension",
            "big",
            "large",
            "tall",
            "wide",
            "high",
            "how big",
            "how large",
            "how tall",
            "how wide",
            "what size",
            "height",
            "width",
            "measurements");
    private static final Set<String> WHERE =
            Set.of("where", "whereabouts", "position", "location", "positioned", "located");
    private static final Set<String> SUPERLATIVES = Set.of(
            "biggest",
            "largest",
            "smallest",
            "tallest",
            "shortest",
            "highest",
            "lowest",
            "widest",
            "thinnest",
            "heaviest",
            "tiniest",
            "leftmost",
            "rightmost");
    private static final Set<String> COUNT = Set.of("how many", "how much", "count", "is there", "are there", "number");

    private Questions() {}

    static Optional<Command> read(Cursor c) {
        Command.Question question = kindOf(c);
        if (question == Command.Question.COUNT) {
            return Optional.of(count(c));
        }
        Optional<String> superlative = superlative(c);
        if (superlative.isPresent()) {
            Command.Ask about = (Command.Ask) about(c, Command.Question.WHICH);
            Referent among = about.about() == null || about.about().pointer() == Referent.Pointer.IT
                    ? Referent.all()
                    : about.about();
            return Optional.of(new Command.Ask(Command.Question.WHICH, among, about.kind(), superlative.get()));
        }
        if (question == Command.Question.CONTENTS) {
            return aboutTheModel(c)
                    ? Optional.of(new Command.Ask(Command.Question.CONTENTS, null, null, null))
                    : Optional.empty();
        }
        return Optional.of(about(c, question));
    }

    /** Words that show a question is about the model ("what's in the model", "what have I made"). */
    private static final Set<String> MODEL_WORDS = Set.of(
            "build",
            "make",
            "create",
            "look",
            "looks",
            "added",
            "model",
            "scene",
            "there",
            "made",
            "built",
            "have",
            "got",
            "created",
            "list",
            "describe",
            "show",
            "everything",
            "parts",
            "things",
            "shapes",
            "objects",
            "inside",
            "contains",
            "so far",
            "drawn");

    private static boolean aboutTheModel(Cursor c) {
        for (int i = 0; !c.peek(i).said().isEmpty(); i++) {
            String said = c.peek(i).said();
            if (MODEL_WORDS.contains(said) || said.contains("model") || said.contains("scene")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> superlative(Cursor c) {
        for (int i = 0; !c.peek(i).said().isEmpty(); i++) {
            if (SUPERLATIVES.contains(c.peek(i).said())) {
                return Optional.of(c.peek(i).said());
            }
        }
        return Optional.empty();
    }

    /** What is asked, from the question's words (none taken). */
    private static Command.Question kindOf(Cursor c) {
        Command.Question found = null;
        for (int i = 0; !c.peek(i).said().isEmpty(); i++) {
            String word = c.peek(i).said();
            if (COUNT.contains(word)) {
                return Command.Question.COUNT;
            }
            if (found == null && COLOUR.contains(word)) {
                found = Command.Question.COLOUR;
            } else if (found == null && SIZE.contains(word)) {
                found = Command.Question.SIZE;
            } else if (found == null && WHERE.contains(word)) {
                found = Command.Question.WHERE;
            }
        }
        return found == null ? Command.Question.CONTENTS : found;
    }

    private static Command count(Cursor c) {
        String colour = null;
        while (!c.done()) {
            Optional<NounPhrase> np = NounPhrases.read(c);
            if (np.isPresent() && (np.get().thing() != null || np.get().piece() != null)) {
                NounPhrase what = np.get();
                return new Command.Ask(
                        Command.Question.COUNT,
                        what.toReferent(),
                        what.thing(),
                        what.colour() != null ? what.colour() : colour);
            }
            if (np.isPresent() && np.get().colour() != null) {
                colour = np.get().colour();
                continue;
            }
            if (!c.done()) {
                Token t = c.next();
                if (t.is(WordKind.COLOUR)) {
                    colour = t.meaning(WordKind.COLOUR).get();
                }
            }
        }
        return new Command.Ask(Command.Question.COUNT, null, null, colour);
    }

    private static Command about(Cursor c, Command.Question question) {
        while (!c.done()) {
            Token t = c.peek();
            boolean keyword = COLOUR.contains(t.said()) || SIZE.contains(t.said()) || WHERE.contains(t.said());
            if (!keyword) {
                Optional<NounPhrase> np = NounPhrases.read(c);
                if (np.isPresent() && (np.get().hasHead() || np.get().pointer() != null)) {
                    return new Command.Ask(
                            question, np.get().toReferent(), np.get().thing(), null);
                }
            }
            if (!c.done()) {
                c.next();
            }
        }
        return new Command.Ask(question, Referent.it(), null, null);
    }
}
