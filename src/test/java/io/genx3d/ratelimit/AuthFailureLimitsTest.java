package io.genx3d.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.caches.Caches;
import io.genx3d.errors.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The allowance of failed authentications: charged before the check, forgiven for what was not a failure. */
class AuthFailureLimitsTest {

    private final AuthFailureLimits limits = new AuthFailureLimits();

    AuthFailureLimitsTest() {
        limits.store = new LocalBucketStore();
        limits.caches = new Caches();
        limits.allowed = 20;
        limits.window = Duration.ofMinutes(1);
        limits.init();
    }

    /** Issue 13, point 4: sixty simultaneous attempts all passed a check made before any of them had failed. */
    @Test
    void sixtyConcurrentAttemptsGetExactlyTheAllowance() throws Exception {
        String email = AuthFailureLimits.email("target@example.com");
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService attackers = Executors.newFixedThreadPool(60);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String address = AuthFailureLimits.address("198.51.100." + (i + 1));
            attempts.add(attackers.submit((Callable<Void>) () -> {
                start.await();
                try {
                    limits.charge(address, email);
                    admitted.incrementAndGet();
                } catch (ApiException tooMany) {
                    assertEquals(429, tooMany.status());
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> attempt : attempts) {
            attempt.get();
        }
        attackers.shutdown();
        assertEquals(20, admitted.get());
        assertEquals(40, refused.get());
    }

    @Test
    void anAttemptThatWasNotAFailureIsForgivenAndARefusedChargeSpendsNothing() {
        String address = AuthFailureLimits.address("192.0.2.9");
        String email = AuthFailureLimits.email("ann@example.com");
        for (int i = 0; i < 100; i++) {
            limits.charge(address, email);
            limits.forgive(address, email);
        }
        for (int i = 0; i < 20; i++) {
            limits.charge(email);
        }
        assertThrows(ApiException.class, () -> limits.charge(address, email));
        limits.charge(address); // the address was given back its token when the email's charge was refused
        assertEquals(
                18,
                new RateLimiter(limits.store, limits.window, limits.caches)
                        .consume(address, 20)
                        .remaining(),
                "the address's own two charges, and no more");
    }
}
