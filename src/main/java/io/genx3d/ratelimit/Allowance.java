package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import java.time.Duration;
import java.util.Arrays;

/**
 * A number of attempts each subject (an address, an email) may make per fixed window, charged before the attempt is
 * checked so that concurrent attempts cannot all pass a check made before any of them counted. Used for failed
 * authentications and for sign-ups.
 */
final class Allowance {

    private final RateLimiter limiter;
    private final long allowed;

    Allowance(BucketStore store, Duration window, long allowed, Caches caches) {
        this.limiter = new RateLimiter(store, window, caches);
        this.allowed = allowed;
    }

    /** Spends one attempt of each subject's allowance; throws the seed's 429 (and spends nothing) if any has none. */
    void charge(String... subjects) {
        for (int i = 0; i < subjects.length; i++) {
            Decision decision = limiter.consume(subjects[i], allowed);
            if (!decision.allowed()) {
                forgive(Arrays.copyOf(subjects, i));
                throw RateLimitExceeded.by(decision);
            }
        }
    }

    /** Spends one attempt of the subject's allowance if it has one left; refuses nobody, only answers. */
    boolean tryCharge(String subject) {
        return limiter.consume(subject, allowed).allowed();
    }

    /** Gives back what {@link #charge} spent, for an attempt that should not count. */
    void forgive(String... subjects) {
        for (String subject : subjects) {
            limiter.refund(subject, allowed);
        }
    }
}
