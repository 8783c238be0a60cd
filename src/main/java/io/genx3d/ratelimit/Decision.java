package io.genx3d.ratelimit;

import java.time.Instant;

/** The outcome of counting one request: whether it may proceed, and what the headers say. */
public record Decision(boolean allowed, long limit, long remaining, Instant resetAt, long windowSeconds) {

    /** Whole seconds until the window ends, at least 1 (what {@code Retry-After} and {@code RateLimit} carry). */
    public long secondsUntilReset(Instant now) {
        long millis = resetAt.toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (millis + 999) / 1000);
    }
}
