package io.genx3d.sessions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.keys.KeyHasher;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 26: whether a cookie was issued by this server is told by its MAC alone, and nothing else passes. */
class SessionTokensTest {

    private static Sessions withPepper(String pepper) {
        Sessions sessions = new Sessions();
        sessions.hasher = new KeyHasher(pepper.repeat(32).getBytes(StandardCharsets.US_ASCII));
        return sessions;
    }

    @Test
    void aTokenThisServerIssuedIsRecognisedAndAnyChangeIsNot() {
        Sessions sessions = withPepper("p");
        String token = sessions.newToken();
        assertTrue(sessions.issuedByThisServer(token));
        assertTrue(token.length() <= 128, "fits the cookie's limit: " + token.length());
        assertNotEquals(token, sessions.newToken());
        String random = token.substring(0, token.indexOf('.'));
        String mac = token.substring(token.indexOf('.') + 1);
        assertFalse(sessions.issuedByThisServer(random + "." + flip(mac)));
        assertFalse(sessions.issuedByThisServer(flip(random) + "." + mac));
        assertFalse(sessions.issuedByThisServer(random), "a token without a MAC (issued before issue 26)");
        assertFalse(sessions.issuedByThisServer("." + mac));
        assertFalse(sessions.issuedByThisServer(""));
        assertFalse(withPepper("q").issuedByThisServer(token), "another server's pepper");
    }

    private static String flip(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'a' ? 'b' : 'a');
    }
}
