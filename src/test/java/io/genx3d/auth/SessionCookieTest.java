package io.genx3d.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A session token sent in RFC 2965's quoted form is the same token. */
class SessionCookieTest {

    @Test
    void quotesAroundTheValueAreNotPartOfIt() {
        assertEquals("abc.def", SessionCookie.unquoted("\"abc.def\""));
        assertEquals("abc.def", SessionCookie.unquoted("abc.def"));
        assertEquals("\"", SessionCookie.unquoted("\""));
    }
}
