package io.genx3d.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.QuotaWindow;
import io.genx3d.ratelimit.quota.Spent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests arriving together share one send per account; each gets its own answer, in the order decided. */
class QuotaBatchesTest {

    private static final long WINDOW = 1_765_000_000_000L / 3_600_000 * 3_600_000;

    /** Stands in for the grid: one window per account, decided under a lock, counting sends and their sizes. */
    private static final class CountingGrid implements QuotaBatches.Sender {
        final Map<String, QuotaWindow> windows = new ConcurrentHashMap<>();
        final AtomicInteger sends = new AtomicInteger();
        final AtomicInteger largest = new AtomicInteger();

        @Override
        public synchronized List<Spent> spend(String accountId, List<Quota> quotas) {
            sends.incrementAndGet();
            largest.accumulateAndGet(quotas.size(), Math::max);
            QuotaWindow window = windows.computeIfAbsent(accountId, ignored -> new QuotaWindow());
            List<Spent> answers = new ArrayList<>();
            for (Quota quota : quotas) {
                answers.add(window.spend(quota));
            }
            try {
                Thread.sleep(1); // a grid round trip, during which others arrive
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answers;
        }
    }

    @Test
    void aLoneRequestIsSentAtOnceAlone() {
        CountingGrid grid = new CountingGrid();
        Spent spent = new QuotaBatches(grid).spend("acct_1", new Quota(WINDOW, 10, "key_1", 5));
        assertEquals(new Spent(true, 9, 4, WINDOW), spent);
        assertEquals(1, grid.sends.get());
    }

    @Test
    void requestsArrivingTogetherShareSendsAndEachGetsItsOwnExactAnswer() throws Exception {
        CountingGrid grid = new CountingGrid();
        QuotaBatches batches = new QuotaBatches(grid);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Spent>> answers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String account = "acct_" + (i % 3);
            answers.add(threads.submit(() -> {
                start.await();
                return batches.spend(account, new Quota(WINDOW, 800, "key_" + account, 700));
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Spent> answer : answers) {
            allowed += answer.get().allowed() ? 1 : 0;
        }
        threads.shutdownNow();
        assertEquals(3 * 700, allowed, "each account's key gets exactly its limit");
        assertTrue(grid.sends.get() < 3000, grid.sends.get() + " sends for 3000 requests");
        assertTrue(grid.largest.get() > 1, "some requests went together");
    }

    @Test
    void aFailedSendIsTheFailureOfEveryRequestInIt() {
        RuntimeException gridDown = new IllegalStateException("grid not answering");
        QuotaBatches batches = new QuotaBatches((account, quotas) -> {
            throw gridDown;
        });
        RuntimeException thrown = assertThrows(
                IllegalStateException.class, () -> batches.spend("acct_1", new Quota(WINDOW, 10, "key_1", 5)));
        assertSame(gridDown, thrown);
    }
}
