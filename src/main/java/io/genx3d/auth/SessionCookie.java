package io.genx3d.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/** The dashboard session cookie's name, and reading it from a request. */
public final class SessionCookie {

    public static final String NAME = "genx3d_session";
    private static final int MAX_LENGTH = 128;

    private SessionCookie() {}

    /**
     * A value as sent in RFC 2965's form ({@code genx3d_session="…"}, as Java's own {@code CookieManager} sends a cookie
     * it took for a version-1 one) is the same value: Servlet 6.1 keeps the quotes, which are never part of a token.
     */
    static String unquoted(String value) {
        return value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .map(SessionCookie::unquoted)
                .filter(value -> value != null && !value.isEmpty() && value.length() <= MAX_LENGTH)
                .findFirst();
    }
}
