package io.genx3d.auth;

import io.genx3d.tokens.Base62;
import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id an API request is known by: in the {@code X-Request-Id} header of its answer, in its request-log line and on
 * its trace span, so that a developer quoting the header finds the line and the trace. Always the server's own (96
 * random bits): an id a caller sent is not taken, since a caller could then make two requests look like one.
 */
public final class RequestIds {

    /** The answer's header that carries it. */
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {}

    /**
     * 96 bits from the thread's own generator: an id only has to be unique, not secret, and every request takes one,
     * so it does not wait on the one {@code SecureRandom} that keys and sessions share.
     */
    static String next() {
        return "req_" + Base62.encode(new BigInteger(96, ThreadLocalRandom.current()), 17);
    }
}
