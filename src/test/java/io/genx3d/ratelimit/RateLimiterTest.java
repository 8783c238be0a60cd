package io.genx3d.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.genx3d.caches.CacheName;
import io.genx3d.caches.Caches;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter(new LocalBucketStore(), Duration.ofHours(1), new Caches());

    @Test
    void exactlyTheLimitIsAllowedUnder64ConcurrentCallers() throws Exception {
        int limit = 500;
        int extra = 300;
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Decision>> results = new ArrayList<>();
        for (int i = 0; i < limit + extra; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return limiter.consume("key:exact", limit);
            }));
        }
        start.countDown();
        int allowed = 0;
        Set<Long> remainders = new HashSet<>();
        for (Future<Decision> result : results) {
            Decision decision = result.get();
            if (decision.allowed()) {
                allowed++;
                assertTrue(remainders.add(decision.remaining()), "each success leaves a different remainder");
            } else {
                assertEquals(0, decision.remaining(), "a refusal says nothing is left");
            }
        }
        pool.shutdown();
        assertEquals(limit, allowed);
        // (the remainders are exactly limit - 1 down to 0: none skipped, none repeated, none below zero)
        assertEquals(
                java.util.stream.LongStream.range(0, limit).boxed().collect(java.util.stream.Collectors.toSet()),
                remainders);
        assertEquals(limit, remainders.size());
    }

    @Test
    void remainingCountsDownWithoutRepeatsAndResetIsTheEndOfTheSubjectsOwnWindow() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T07:42:13.500Z"));
        RateLimiter limiter = new RateLimiter(new LocalBucketStore(clock), Duration.ofMinutes(1), new Caches(), clock);
        Instant firstAttempt = clock.instant();
        for (int expected = 4; expected >= 0; expected--) {
            Decision decision = limiter.consume("authfail:address:192.0.2.7", 5);
            assertTrue(decision.allowed());
            assertEquals(expected, decision.remaining());
            assertEquals(firstAttempt.plus(Duration.ofMinutes(1)), decision.resetAt());
            assertEquals(60, decision.windowSeconds());
            clock.advance(Duration.ofSeconds(5));
        }
        Decision refused = limiter.consume("authfail:address:192.0.2.7", 5);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(firstAttempt.plus(Duration.ofMinutes(1)), refused.resetAt(), "not the clock's next minute");
    }

    /**
     * The window starts at the subject's first attempt, not on the clock: five attempts just before a minute boundary
     * and one just after it are in one window, so a guesser cannot spend two allowances back to back.
     */
    @Test
    void aWindowStartsAtTheFirstAttemptSoABoundaryOnTheClockGivesNothingMore() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T07:42:59.000Z"));
        RateLimiter limiter = new RateLimiter(new LocalBucketStore(clock), Duration.ofMinutes(1), new Caches(), clock);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.consume("authfail:address:192.0.2.8", 5).allowed());
        }
        clock.advance(Duration.ofSeconds(2)); // past 07:43:00
        assertFalse(limiter.consume("authfail:address:192.0.2.8", 5).allowed());
        clock.advance(Duration.ofSeconds(58)); // a minute after the first attempt
        assertEquals(4, limiter.consume("authfail:address:192.0.2.8", 5).remaining(), "full again, one spent");
    }

    @Test
    void aBucketRefillsCompletelyAtTheEndOfEachOfItsWindowsAndNotBefore() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T07:00:30Z"));
        RateLimiter limiter = new RateLimiter(new LocalBucketStore(clock), Duration.ofHours(1), new Caches(), clock);
        limiter.consume("signup:address:192.0.2.9", 2);
        limiter.consume("signup:address:192.0.2.9", 2);
        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertFalse(limiter.consume("signup:address:192.0.2.9", 2).allowed(), "a second before its hour ends");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, limiter.consume("signup:address:192.0.2.9", 2).remaining(), "its hour ended");
        clock.advance(Duration.ofHours(3));
        assertEquals(1, limiter.consume("signup:address:192.0.2.9", 2).remaining(), "never more than full");
    }

    @Test
    void aLoweredLimitKeepsWhatWasSpentAndCapsTheRest() {
        for (int i = 0; i < 3; i++) {
            limiter.consume("key:replan", 10);
        }
        assertEquals(4, limiter.consume("key:replan", 5).remaining(), "7 left, capped to 5, then one spent");
        assertEquals(3, limiter.consume("key:replan", 20).remaining(), "raising keeps the tokens as they are");
    }

    @Test
    void bucketsAreIndependent() {
        limiter.consume("key:a", 1);
        assertFalse(limiter.consume("key:a", 1).allowed());
        assertTrue(limiter.consume("key:b", 1).allowed());
    }

    /**
     * Busy limits keep their one configuration among more distinct limits than the limiters remember. The memory
     * that emptied itself at its bound rebuilt every limit's configuration at once.
     */
    @Test
    void moreLiveKeysThanTheBoundEvictAFewNotAll() {
        int bound = 100;
        LocalBucketStore local = new LocalBucketStore();
        Map<String, Set<BucketConfiguration>> configurations = new HashMap<>();
        BucketStore store = (id, configuration) -> {
            configurations
                    .computeIfAbsent(id, ignored -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(configuration);
            return local.bucket(id, configuration);
        };
        Caches caches = new Caches(Map.of(CacheName.RATE_LIMIT_CONFIGURATIONS, (long) bound), Ticker.systemTicker());
        RateLimiter daily = new RateLimiter(store, Duration.ofDays(1), caches);
        for (int i = 0; i < 2 * bound; i++) {
            daily.consume("key:other" + i, 1_000 + i);
            for (int limit = 1; limit <= 20; limit++) {
                daily.consume("key:busy" + limit, 1_000_000 + limit);
            }
        }
        for (int limit = 1; limit <= 20; limit++) {
            assertEquals(1, configurations.get("key:busy" + limit).size(), "a busy limit was built again");
        }
    }

    @Test
    void windowsAreAlignedToTheEpoch() {
        Window hour = new Window(Duration.ofHours(1));
        Instant now = Instant.parse("2026-11-26T07:42:13.500Z");
        assertEquals(Instant.parse("2026-11-26T07:00:00Z"), hour.startOf(now));
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), hour.endOf(now));
        Window minute = new Window(Duration.ofMinutes(1));
        assertEquals(Instant.parse("2026-11-26T07:43:00Z"), minute.endOf(now));
    }

    @Test
    void headersDescribeTheSameDecision() {
        Instant now = Instant.parse("2026-11-26T07:30:00.200Z");
        Decision decision = new Decision(true, 1000, 950, Instant.parse("2026-11-26T08:00:00Z"), 3600);
        assertEquals(
                Map.of(
                        "X-RateLimit-Limit", "1000",
                        "X-RateLimit-Remaining", "950",
                        "X-RateLimit-Reset",
                                String.valueOf(
                                        Instant.parse("2026-11-26T08:00:00Z").getEpochSecond()),
                        "RateLimit-Policy", "\"default\";q=1000;w=3600",
                        "RateLimit", "\"default\";r=950;t=1800"),
                RateLimitHeaders.of(decision, now));
    }

    @Test
    void forgettingIdleBucketsLosesNothingBecauseTheyAreFullAgain() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T07:42:13Z"));
        LocalBucketStore store = new LocalBucketStore(clock);
        RateLimiter local = new RateLimiter(store, Duration.ofHours(1), new Caches(), clock);
        local.consume("signup:address:192.0.2.1", 3);
        clock.advance(Duration.ofMinutes(59));
        assertEquals(0, store.forgetIdle(clock.instant()), "still in its window");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, store.forgetIdle(clock.instant()), "a whole window unused: full again");
        assertEquals(0, store.size());
        assertEquals(2, local.consume("signup:address:192.0.2.1", 3).remaining(), "as a new one would be");
    }

    @Test
    void eachBucketIsSweptOnItsOwnWindow() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T07:59:30Z"));
        LocalBucketStore store = new LocalBucketStore(clock);
        new RateLimiter(store, Duration.ofHours(1), new Caches(), clock).consume("signup:address:192.0.2.1", 3);
        new RateLimiter(store, Duration.ofMinutes(1), new Caches(), clock).consume("authfail:address:192.0.2.1", 20);
        clock.advance(Duration.ofMinutes(2)); // past the hour on the clock, but not an hour after the sign-up
        assertEquals(1, store.forgetIdle(clock.instant()));
        assertEquals(1, store.size());
    }
}
