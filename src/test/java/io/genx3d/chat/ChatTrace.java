package io.genx3d.chat;

import io.genx3d.chat.language.Parser;
import io.genx3d.chat.language.Tokenizer;
import io.genx3d.chat.language.Vocabulary;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import java.util.List;

/**
 * Shows how the typed layer reads sentences, for whoever teaches it a phrasing: the tokens (as corrected), the
 * commands, and the reply on the corpus's two-part model. {@code java ... io.genx3d.chat.ChatTrace "add a cube" …}.
 * Prints; asserts nothing; not a test.
 */
public final class ChatTrace {

    private ChatTrace() {}

    public static void main(String[] args) {
        Vocabulary vocabulary = Vocabulary.of(Colours.names(), LibraryShapes.objectWords(), LibraryShapes.pieceWords());
        Tokenizer tokenizer = new Tokenizer(vocabulary);
        Parser parser = new Parser(tokenizer);
        TypedInterpreter interpreter = new TypedInterpreter();
        List<Part> two = List.of(
                new Part("cube 1", "cube", Part.UNIT, Part.ORIGIN, Part.ORIGIN, Part.UNIT, "#cccccc"),
                new Part("sphere 2", "sphere", Part.UNIT, List.of(2.0, 0.0, 0.0), Part.ORIGIN, Part.UNIT, "#ff0000"));
        for (String sentence : args) {
            System.out.println("> " + sentence);
            System.out.println("  tokens: "
                    + tokenizer.tokens(sentence).stream()
                            .map(t -> t.said()
                                    + t.readings().stream()
                                            .map(r -> r.kind().name().toLowerCase())
                                            .toList())
                            .toList());
            System.out.println("  commands: " + parser.parse(sentence));
            Interpretation result = interpreter.interpret(sentence, two, null);
            System.out.println("  reply: " + result.understood() + " " + result.reply());
        }
    }
}
