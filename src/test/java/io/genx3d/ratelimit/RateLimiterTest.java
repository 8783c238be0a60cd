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
    void remainingCountsDownWithoutRepeatsAndResetIsTheWindowsEnd() {
        Instant before = Instant.now();
        for (int expected = 4; expected >= 0; expected--) {
            Decision decision = limiter.consume("key:sequential", 5);
            assertTrue(decision.allowed());
            assertEquals(expected, decision.remaining());
            assertEquals(new Window(Duration.ofHours(1)).endOf(before), decision.resetAt());
            assertEquals(3600, decision.windowSeconds());
        }
        Decision refused = limiter.consume("key:sequential", 5);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
    }

    @Test
    void peekingSpendsNothing() {
        limiter.consume("key:peek", 10);
        assertEquals(9, limiter.peek("key:peek", 10).remaining());
        assertEquals(9, limiter.peek("key:peek", 10).remaining());
    }

    @Test
    void aLoweredLimitKeepsWhatWasSpentAndCapsTheRest() {
        for (int i = 0; i < 3; i++) {
            limiter.consume("key:replan", 10);
        }
        assertEquals(4, limiter.consume("key:replan", 5).remaining(), "7 left, capped to 5, then one spent");
        assertEquals(4, limiter.peek("key:replan", 20).remaining(), "raising keeps the tokens as they are");
    }

    @Test
    void bucketsAreIndependent() {
        limiter.consume("key:a", 1);
        assertFalse(limiter.consume("key:a", 1).allowed());
        assertTrue(limiter.consume("key:b", 1).allowed());
    }

    @Test
    void aBucketFirstUsedInALaterWindowRefillsAtThatWindowsEnd() throws InterruptedException {
        // Bucket configurations are built once per limit and window; a later window must get its own.
        Window second = new Window(Duration.ofSeconds(1));
        RateLimiter perSecond = new RateLimiter(new LocalBucketStore(), second.length(), new Caches());
        perSecond.consume("key:earlier", 2);
        sleepUntil(second.endOf(Instant.now()));
        Instant secondWindow = Instant.now();
        assertTrue(perSecond.consume("key:later", 2).allowed());
        Decision last = perSecond.consume("key:later", 2);
        assertEquals(second.endOf(secondWindow), last.resetAt());
        assertFalse(perSecond.consume("key:later", 2).allowed(), "both spent in this window");
        sleepUntil(second.endOf(secondWindow));
        assertEquals(1, perSecond.consume("key:later", 2).remaining(), "full again in the next window");
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), moment).toMillis()) + 20);
    }

    /**
     * Busy limits keep their one configuration among more distinct limits than the limiters remember. The memory
     * that emptied itself at its bound rebuilt every limit's configuration at once. A day's window: the test would
     * see a second configuration only if it ran across midnight (UTC), when the window itself changes.
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
                daily.peek("key:busy" + limit, limit);
            }
        }
        for (int limit = 1; limit <= 20; limit++) {
            assertEquals(1, configurations.get("key:busy" + limit).size(), "limit " + limit + " was built again");
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
        LocalBucketStore store = new LocalBucketStore();
        RateLimiter local = new RateLimiter(store, Duration.ofHours(1), new Caches());
        local.consume("key:idle", 3);
        assertEquals(0, store.forgetIdle(Instant.now()), "still in its window");
        assertEquals(1, store.forgetIdle(Instant.now().plus(Duration.ofHours(1))), "its window is over");
        assertEquals(0, store.size());
    }

    @Test
    void eachBucketIsSweptOnItsOwnWindow() {
        LocalBucketStore store = new LocalBucketStore();
        new RateLimiter(store, Duration.ofHours(1), new Caches()).consume("key:hourly", 3);
        new RateLimiter(store, Duration.ofMinutes(1), new Caches()).consume("authfail:address:192.0.2.1", 20);
        Instant twoMinutesLater = Instant.now().plus(Duration.ofMinutes(2));
        // Only the minute's bucket has certainly seen its window end (the hour may end too, near the full hour).
        boolean hourEnded =
                new Window(Duration.ofHours(1)).startOf(twoMinutesLater).isAfter(Instant.now());
        assertEquals(hourEnded ? 2 : 1, store.forgetIdle(twoMinutesLater));
        assertEquals(hourEnded ? 0 : 1, store.size());
    }
}
