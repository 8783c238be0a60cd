package io.genx3d.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What security mail quotes from people and requests: addresses masked, user agents made harmless and short. */
class NoticeTextsTest {

    @Test
    void aNewAddressIsShownByItsFirstLettersOnly() {
        assertEquals("n…@e…", NoticeTexts.masked("nora.notice@example.com"));
        assertEquals("…", NoticeTexts.masked("@example.com"), "nothing to recognise, nothing shown");
        assertEquals("…", NoticeTexts.masked("nora@"));
    }

    @Test
    void aUserAgentIsQuotedWithoutControlCharactersAndCutShort() {
        assertEquals("Firefox  Evil: yes", RequestFacts.quotable("Firefox\r\nEvil: yes"));
        assertEquals("an unnamed browser or program", RequestFacts.quotable("  "));
        assertEquals("an unnamed browser or program", RequestFacts.quotable(null));
        String quoted = RequestFacts.quotable("x".repeat(1000));
        assertEquals(RequestFacts.MAX_USER_AGENT + 1, quoted.length());
        assertTrue(quoted.endsWith("…"));
        assertFalse(RequestFacts.quotable("a\u001b[31mred").contains("\u001b"));
    }
}
