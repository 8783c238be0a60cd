package io.genx3d.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session cookie's header: RFC 6265, and sent back unquoted by Java's own cookie handling. */
class SetCookieTest {

    @Test
    void theHeaderIsRfc6265AndJavaTakesItForAPlainCookie() {
        String header = new SetCookie("genx3d_session", "abc.def", "/", 43200, false).toString();
        assertTrue(header.startsWith("genx3d_session=abc.def; Path=/; Max-Age=43200; Expires="), header);
        assertTrue(header.endsWith("; HttpOnly; SameSite=Strict"), header);
        assertFalse(header.contains("Version"), header);
        List<HttpCookie> parsed = HttpCookie.parse(header);
        assertEquals(0, parsed.get(0).getVersion(), "a version-1 cookie would be sent back quoted");
        assertEquals("genx3d_session=abc.def", parsed.get(0).toString());
    }

    @Test
    void overHttpsItIsSecure() {
        assertTrue(
                new SetCookie("genx3d_session", "abc", "/", 10, true).toString().endsWith("; Secure"));
    }
}
