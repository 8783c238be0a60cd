package io.genx3d.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Fixed windows aligned to the epoch (with the default one hour: on the hour). Every bucket refills at the
 * window's end, so {@code X-RateLimit-Reset}, {@code Retry-After} and the 429 body's {@code reset_at} are the
 * same instant for everyone, and agree with each other.
 */
public record Window(Duration length) {

    public Instant startOf(Instant now) {
        long size = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    public Instant endOf(Instant now) {
        return startOf(now).plus(length);
    }
}
