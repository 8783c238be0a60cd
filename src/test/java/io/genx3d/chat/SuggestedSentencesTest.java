package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.models.Part;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message nobody could read is answered with up to three sentences that would work if sent, about the model in
 * front of the person: each one, sent back, is understood and changes or describes this model.
 */
class SuggestedSentencesTest {

    private final TypedInterpreter chat = new TypedInterpreter();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "|zorble the flimflam",
                "|make me a sandwich",
                "a table with four chairs around it|paint the chairs plaid with zigzags",
                "a table with four chairs around it|quux the chair",
                "a lamp|mvoe the cone up",
                "a red cube and a blue sphere|frobnicate everything",
            })
    void everySuggestionWorksWhenSentAndIsAboutThisModel(String built, String unreadable) {
        List<Part> scene =
                built == null ? List.of() : chat.interpret(built, List.of()).scene();
        Interpretation refused = chat.interpret(unreadable, scene);

        assertFalse(refused.understood(), unreadable);
        assertFalse(refused.suggestions().isEmpty(), refused.reply());
        assertTrue(refused.suggestions().size() <= 3, refused.suggestions().toString());
        for (String sentence : refused.suggestions()) {
            assertTrue(refused.reply().contains("\"" + sentence + "\""), refused.reply());
            Interpretation sent = chat.interpret(sentence, scene);
            assertTrue(sent.understood(), sentence + " → " + sent.reply());
        }
        if (!scene.isEmpty()) {
            String kinds = String.join(" ", scene.stream().map(Part::name).toList());
            assertTrue(
                    refused.suggestions().stream()
                            .anyMatch(sentence -> List.of(sentence.split(" ")).stream()
                                    .anyMatch(word -> word.length() > 3 && kinds.contains(word))),
                    "suggestions name something in " + kinds + ": " + refused.suggestions());
        }
    }

    @ParameterizedTest
    @CsvSource({"add a red cube", "how many parts are there?"})
    void anUnderstoodMessageOffersNothing(String message) {
        assertEquals(List.of(), chat.interpret(message, List.of()).suggestions());
    }
}
