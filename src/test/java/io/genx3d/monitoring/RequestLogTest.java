package io.genx3d.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.auth.RequestAnswered;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    private final List<String> written = new CopyOnWriteArrayList<>();
    private final Logger logger = capturing();

    @Test
    void aLineNamesTheRequestAndNeverMoreThanTheKeysId() {
        assertEquals(
                "GET /api/v1/models 401 key=- account=- 3.3ms",
                RequestLog.line(new RequestAnswered("GET", "/api/v1/models", 401, null, null, "10.0.0.1", 3_250_000)));
        assertEquals(
                "POST /api/v1/chat 200 key=key_abc account=acct_def 0.0ms",
                RequestLog.line(
                        new RequestAnswered("POST", "/api/v1/chat", 200, "key_abc", "acct_def", "::1", 40_000)));
    }

    @Test
    void linesAreWrittenByTheWriterInOrder() throws Exception {
        RequestLog log = new RequestLog(logger, Level.INFO, Thread::new);
        for (int i = 0; i < 100; i++) {
            log.offer(answered(i));
        }
        log.close();
        assertEquals(100, written.size());
        assertEquals(RequestLog.line(answered(0)), written.get(0));
        assertEquals(RequestLog.line(answered(99)), written.get(99));
    }

    @Test
    void aLineIsWrittenWithinAPauseWithoutWaitingForMore() throws Exception {
        RequestLog log = new RequestLog(logger, Level.INFO, Thread::new);
        long offered = System.nanoTime();
        log.offer(answered(1));
        while (written.isEmpty() && System.nanoTime() - offered < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(5);
        }
        assertEquals(List.of(RequestLog.line(answered(1))), written, "written by the running writer, not on close");
        log.close();
    }

    @Test
    void aWriterThatFallsBehindCostsRequestsNothingButDroppedLines() throws Exception {
        CountDownLatch writerMayStart = new CountDownLatch(1);
        ThreadFactory stalled = task -> new Thread(() -> {
            try {
                writerMayStart.await();
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            task.run();
        });
        RequestLog log = new RequestLog(logger, Level.INFO, stalled);
        for (int i = 0; i < RequestLog.CAPACITY + 7; i++) {
            log.offer(answered(i)); // returns at once although nothing is being written
        }
        assertEquals(7, log.dropped());
        writerMayStart.countDown();
        log.close();
        assertEquals(RequestLog.CAPACITY, written.size());
    }

    @Test
    void nothingIsQueuedWhenTheLevelIsNotLogged() throws Exception {
        RequestLog log = new RequestLog(logger, Level.FINE, Thread::new);
        log.offer(answered(1));
        log.close();
        assertEquals(List.of(), written);
    }

    private static RequestAnswered answered(int i) {
        return new RequestAnswered("GET", "/api/v1/models/" + i, 200, "key_" + i, "acct_" + i, "::1", 1_000_000);
    }

    private Logger capturing() {
        Logger captured = Logger.getAnonymousLogger();
        captured.setUseParentHandlers(false);
        captured.setLevel(Level.INFO);
        captured.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                written.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        return captured;
    }
}
