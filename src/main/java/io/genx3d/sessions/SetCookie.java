package io.genx3d.sessions;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A {@code Set-Cookie} header as RFC 6265 has it: {@code name=value; Path=…; Max-Age=…; HttpOnly; SameSite=Strict}
 * (and {@code Secure} over HTTPS). Written here rather than with JAX-RS's {@code NewCookie}: Jersey 4 adds the
 * obsolete {@code Version=1} of RFC 2109, which makes Java's own {@code CookieManager} send the cookie back quoted,
 * in RFC 2965's form, and the server then reads the quotes as part of the session token.
 */
record SetCookie(String name, String value, String path, long maxAgeSeconds, boolean secure) {

    static final String HEADER = "Set-Cookie";

    @Override
    public String toString() {
        // Expires beside Max-Age: without it Java's HttpCookie takes a Max-Age cookie for RFC 2965's and sends it back
        // quoted; browsers use Max-Age and ignore Expires when both are given.
        String expires = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(maxAgeSeconds));
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds + "; Expires=" + expires
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
