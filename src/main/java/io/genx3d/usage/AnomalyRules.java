package io.genx3d.usage;

import io.genx3d.keys.KeyAnomaly;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The anomaly rules, as plain arithmetic. An hour is a traffic spike when it has at least {@code minRequests}
 * requests and more than {@code factor} × the median of the 168 hours (7 days) before it, quiet hours counted
 * as zero — and only for a key whose line has existed for all of those 168 hours: without a week of history there
 * is no baseline, and a new key's first busy hour is not a spike. An hour is an authentication-failure burst when a
 * real key was refused {@code authFailureBurst} times or more in it. A key is throttled in an hour when at least
 * {@code throttledMin} of its requests, and at least {@code throttledShare} of them all, were refused for a rate limit
 * (429): its owner should raise the limit or slow the client down, not read "no unusual traffic".
 */
public record AnomalyRules(
        double factor, long minRequests, long authFailureBurst, long throttledMin, double throttledShare) {

    /** With the throttling rule's defaults (3 refusals, a quarter of the hour's requests). */
    public AnomalyRules(double factor, long minRequests, long authFailureBurst) {
        this(factor, minRequests, authFailureBurst, 3, 0.25);
    }

    public static final int TRAILING_HOURS = 168;

    /**
     * {@code trailing} holds the requests of the 168 hours before {@code hour}, oldest first; {@code since} is when the
     * key's line (its first key, before any roll) was created.
     */
    public Optional<KeyAnomaly> check(Instant hour, UsageCounts counts, long[] trailing, Instant since) {
        if (counts.authFailures() >= authFailureBurst) {
            return Optional.of(new KeyAnomaly("auth_failures", hour, counts.authFailures(), 0));
        }
        if (counts.rateLimited() >= throttledMin && counts.rateLimited() >= throttledShare * counts.requests()) {
            // The hour's requests in all stand where a spike's baseline would: "4 of its 9 requests".
            return Optional.of(new KeyAnomaly("rate_limited", hour, counts.rateLimited(), counts.requests()));
        }
        if (since.isAfter(hour.minus(Duration.ofHours(TRAILING_HOURS)))) {
            return Optional.empty();
        }
        double median = median(trailing);
        if (counts.requests() >= minRequests && counts.requests() > factor * median) {
            return Optional.of(new KeyAnomaly("traffic_spike", hour, counts.requests(), median));
        }
        return Optional.empty();
    }

    static double median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
