package io.genx3d.auth;

import io.genx3d.tokens.RandomTokens;

/**
 * The id an API request is known by: in the {@code X-Request-Id} header of its answer, in its request-log line and on
 * its trace span, so that a developer quoting the header finds the line and the trace. Always the server's own (96
 * random bits): an id a caller sent is not taken, since a caller could then make two requests look like one.
 */
public final class RequestIds {

    /** The answer's header that carries it. */
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {}

    static String next() {
        return "req_" + RandomTokens.base62(96);
    }
}
