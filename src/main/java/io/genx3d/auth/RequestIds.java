package io.genx3d.auth;

import io.genx3d.tokens.Base62;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id an API request is known by: in the {@code X-Request-Id} header of its answer, in its request-log line and on
 * its trace span, so that a developer quoting the header finds the line and the trace. Always the server's own: an id
 * a caller sent is not taken, since a caller could then make two requests look like one.
 *
 * <p>Time-ordered, as UUIDv7 and ULIDs are: the millisecond it was made, then 53 random bits, in 17 base62 digits
 * whose alphabet is in ASCII order, so ids made later sort later. The request logs' primary key is this id: random
 * ids landed every second's batch on thousands of different pages of that index, each read back and rewritten
 * (measured: most of the writer's cost, and the keyed path's throughput halved at 32 connections); ordered ids append
 * to its last pages. 53 random bits keep ids of one millisecond apart (at 10,000 requests a second, two alike
 * about once in 6,000 years); the time they reveal is already in the answer's {@code Date}.
 */
public final class RequestIds {

    /** The answer's header that carries it. */
    public static final String HEADER = "X-Request-Id";

    private static final int RANDOM_BITS = 53;
    private static final int DIGITS = 17;

    private RequestIds() {}

    /**
     * An id for a request arriving now. Random bits from the thread's own generator: an id only has to be unique, not
     * secret, and every request takes one, so it does not wait on the one {@code SecureRandom} that keys and sessions
     * share.
     */
    static String next() {
        return next(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    /** The id for a request arriving at {@code epochMillis}. */
    static String next(long epochMillis, Random random) {
        BigInteger id = BigInteger.valueOf(epochMillis).shiftLeft(RANDOM_BITS).or(new BigInteger(RANDOM_BITS, random));
        return "req_" + Base62.encode(id, DIGITS);
    }
}
