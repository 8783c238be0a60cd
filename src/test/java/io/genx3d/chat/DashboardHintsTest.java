package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.models.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard only suggests sentences that work: every “quoted” suggestion and the chat box's placeholder on the
 * models page are said to a model holding one cube, and each must be understood.
 */
class DashboardHintsTest {

    private static final Path PAGE = Path.of("src/main/webapp/WEB-INF/pages/models.html");
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”");
    private static final Pattern PLACEHOLDER = Pattern.compile("id=\"chat-message\"[^>]*placeholder=\"([^\"]+)\"");

    @Test
    void everySuggestionOnTheModelsPageIsUnderstood() throws Exception {
        String page = Files.readString(PAGE);
        List<String> hints = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(page);
        while (quoted.find()) {
            hints.add(quoted.group(1));
        }
        Matcher placeholder = PLACEHOLDER.matcher(page);
        if (placeholder.find()) {
            hints.add(placeholder.group(1));
        }
        assertFalse(hints.isEmpty(), "the page suggests something");
        List<Part> oneCube =
                List.of(new Part("cube 1", "cube", Part.UNIT, Part.ORIGIN, Part.ORIGIN, Part.UNIT, "#cccccc"));
        ChatInterpreter chat = new TypedInterpreter();
        for (String hint : hints) {
            Interpretation result = chat.interpret(hint, oneCube);
            assertTrue(result.understood(), "“" + hint + "” -> " + result.reply());
        }
    }
}
