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

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value != null && !value.isEmpty() && value.length() <= MAX_LENGTH)
                .findFirst();
    }
}
