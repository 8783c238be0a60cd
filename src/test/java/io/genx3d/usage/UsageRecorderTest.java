package io.genx3d.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class UsageRecorderTest {

    /** A store that sums what it is given, optionally failing. */
    static final class SummingStore extends UsageStore {
        final Map<String, UsageCounts> totals = new ConcurrentHashMap<>();
        volatile boolean failing;

        @Override
        public void add(Map<UsageRecorder.Slot, UsageCounts> batch) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            batch.forEach((slot, counts) -> totals.merge(slot.keyId(), counts, UsageCounts::plus));
        }
    }

    private static UsageRecorder recorder(SummingStore store) {
        UsageRecorder recorder = new UsageRecorder();
        recorder.store = store;
        recorder.flushInterval = Duration.ofSeconds(10);
        return recorder;
    }

    @Test
    void nothingCountedIsLostWhileFlushingConcurrently() throws Exception {
        SummingStore store = new SummingStore();
        UsageRecorder recorder = recorder(store);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean recording = new AtomicBoolean(true);
        int perThread = 20_000;
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    recorder.recordResponse("key_1", i % 10 == 0 ? 429 : 200);
                }
            });
        }
        Thread flusher = new Thread(() -> {
            while (recording.get()) {
                recorder.flush();
            }
        });
        flusher.start();
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        recording.set(false);
        flusher.join();
        recorder.flush();
        UsageCounts total = store.totals.get("key_1");
        assertEquals(8L * perThread, total.requests());
        assertEquals(8L * perThread / 10, total.rateLimited());
        assertEquals(8L * perThread * 9 / 10, total.ok());
    }

    @Test
    void aFailedWriteKeepsTheCountsForTheNextFlush() {
        SummingStore store = new SummingStore();
        UsageRecorder recorder = recorder(store);
        recorder.recordResponse("key_2", 200);
        recorder.recordAuthFailure("key_2");
        store.failing = true;
        assertThrows(IllegalStateException.class, recorder::flush);
        store.failing = false;
        recorder.recordResponse("key_2", 404);
        recorder.flush();
        assertEquals(new UsageCounts(2, 1, 1, 0, 0, 1), store.totals.get("key_2"));
    }

    @Test
    void aCleanShutdownFlushesWhatIsLeft() {
        SummingStore store = new SummingStore();
        UsageRecorder recorder = recorder(store);
        recorder.recordResponse("key_3", 500);
        recorder.stop();
        assertEquals(new UsageCounts(1, 0, 0, 0, 1, 0), store.totals.get("key_3"));
    }
}
