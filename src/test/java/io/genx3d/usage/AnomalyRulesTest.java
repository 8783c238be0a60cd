package io.genx3d.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.keys.KeyAnomaly;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnomalyRulesTest {

    private final AnomalyRules rules = new AnomalyRules(10, 100, 10);
    private final Instant hour = Instant.parse("2026-11-26T07:00:00Z");

    private static long[] steady(long perHour) {
        long[] trailing = new long[AnomalyRules.TRAILING_HOURS];
        Arrays.fill(trailing, perHour);
        return trailing;
    }

    /** A key made a month before the hour: it has a week's baseline. */
    private Optional<KeyAnomaly> check(UsageCounts counts, long[] trailing) {
        return rules.check(hour, counts, trailing, hour.minus(Duration.ofDays(30)));
    }

    @Test
    void aKeyWithLessThanAWeekOfHistoryHasNoBaselineAndSoNoSpike() {
        assertTrue(rules.check(hour, requests(268), steady(0), hour.minus(Duration.ofHours(1)))
                .isEmpty());
        assertTrue(rules.check(hour, requests(268), steady(0), hour.minus(Duration.ofHours(167)))
                .isEmpty());
        assertEquals(
                "traffic_spike",
                rules.check(hour, requests(268), steady(0), hour.minus(Duration.ofHours(168)))
                        .orElseThrow()
                        .reason());
        assertEquals(
                "auth_failures",
                rules.check(hour, new UsageCounts(0, 0, 0, 0, 0, 10), steady(0), hour)
                        .orElseThrow()
                        .reason(),
                "refusals of a real key need no baseline");
    }

    private static UsageCounts requests(long n) {
        return new UsageCounts(n, n, 0, 0, 0, 0);
    }

    @Test
    void anHourFarAboveTheMedianIsASpike() {
        KeyAnomaly anomaly = check(requests(501), steady(50)).orElseThrow();
        assertEquals("traffic_spike", anomaly.reason());
        assertEquals(501, anomaly.count());
        assertEquals(50.0, anomaly.baseline());
        assertTrue(check(requests(500), steady(50)).isEmpty(), "exactly factor x median is not above it");
    }

    @Test
    void smallNumbersAreNeverASpike() {
        assertTrue(check(requests(99), steady(0)).isEmpty());
        assertEquals(
                "traffic_spike", check(requests(100), steady(0)).orElseThrow().reason());
    }

    @Test
    void theMedianIgnoresAFewBusyHours() {
        long[] trailing = steady(10);
        trailing[0] = 100_000;
        trailing[1] = 100_000;
        assertEquals(10.0, AnomalyRules.median(trailing));
        assertTrue(check(requests(150), trailing).isPresent());
    }

    @Test
    void repeatedRefusalsOfARealKeyAreABurst() {
        KeyAnomaly anomaly =
                check(new UsageCounts(0, 0, 0, 0, 0, 10), steady(0)).orElseThrow();
        assertEquals("auth_failures", anomaly.reason());
        assertTrue(check(new UsageCounts(0, 0, 0, 0, 0, 9), steady(0)).isEmpty());
    }

    @Test
    void aKeyWhoseRequestsAreOftenRefusedForItsLimitIsThrottled() {
        // Four of nine requests got 429 (requests, ok, client errors, rate limited, server errors, auth failures).
        KeyAnomaly throttled =
                check(new UsageCounts(9, 5, 0, 4, 0, 0), steady(0)).orElseThrow();
        assertEquals("rate_limited", throttled.reason());
        assertEquals(4, throttled.count());
        assertEquals(9.0, throttled.baseline());
        assertTrue(check(new UsageCounts(9, 7, 0, 2, 0, 0), steady(0)).isEmpty(), "two refusals are not a pattern");
        assertTrue(check(new UsageCounts(100, 90, 0, 10, 0, 0), steady(100)).isEmpty(), "a tenth is not a quarter");
        assertEquals(
                "rate_limited",
                check(new UsageCounts(100, 75, 0, 25, 0, 0), steady(100))
                        .orElseThrow()
                        .reason());
    }

    @Test
    void statusesFallIntoTheirOutcome() {
        assertEquals(new UsageCounts(1, 1, 0, 0, 0, 0), UsageCounts.ofStatus(201));
        assertEquals(new UsageCounts(1, 0, 1, 0, 0, 0), UsageCounts.ofStatus(404));
        assertEquals(new UsageCounts(1, 0, 0, 1, 0, 0), UsageCounts.ofStatus(429));
        assertEquals(new UsageCounts(1, 0, 0, 0, 1, 0), UsageCounts.ofStatus(503));
    }
}
