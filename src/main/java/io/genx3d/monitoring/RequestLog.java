package io.genx3d.monitoring;

import io.genx3d.auth.RequestAnswered;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one line per API request, written off the request's thread: a request only adds its outcome to a queue, and
 * one writer thread formats the lines and hands them to the logger (whose console handler writes synchronously,
 * which under load had every request thread queue up on the console). The queue takes no lock and the writer is
 * never woken by a request: it writes what has accumulated, then pauses {@link #PAUSE} before looking again, so a
 * busy server writes in batches and requests cost an addition to a lock-free queue (a blocking queue made every
 * request take its lock and wake the writer, which cost more than the lines themselves). When more than
 * {@link #CAPACITY} lines wait, lines are dropped and counted rather than slowing requests down.
 */
final class RequestLog {

    static final int CAPACITY = 10_000;
    /** How long lines may wait before they are written: long enough to batch, short enough to read along. */
    static final Duration PAUSE = Duration.ofMillis(50);

    private static final String NONE = "-";

    private final Logger logger;
    private final Level level;
    private final Queue<RequestAnswered> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean stopping;

    RequestLog(Logger logger, Level level, ThreadFactory threads) {
        this.logger = logger;
        this.level = level;
        this.writer = threads.newThread(this::writeUntilStopped);
        writer.setName("genx3d-request-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Never blocks: when {@link #CAPACITY} lines already wait, the line is dropped. */
    void offer(RequestAnswered answered) {
        if (!logger.isLoggable(level)) {
            return;
        }
        if (waiting.incrementAndGet() > CAPACITY) {
            waiting.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        pending.add(answered);
    }

    long dropped() {
        return dropped.get();
    }

    /** Writes what is still queued, then stops the writer. */
    void close() {
        stopping = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilStopped() {
        while (!stopping) {
            writeWaiting();
            LockSupport.parkNanos(PAUSE.toNanos());
        }
        writeWaiting();
    }

    private void writeWaiting() {
        RequestAnswered answered;
        while ((answered = pending.poll()) != null) {
            waiting.decrementAndGet();
            logger.log(level, line(answered));
        }
    }

    /** {@code GET /api/v1/models 200 key=key_… account=acct_… 3.2ms}: never the key itself or any header. */
    static String line(RequestAnswered answered) {
        long tenthsOfMillis = Math.round(answered.elapsedNanos() / 100_000.0);
        return new StringBuilder(120)
                .append(answered.method())
                .append(' ')
                .append(answered.path())
                .append(' ')
                .append(answered.status())
                .append(" key=")
                .append(answered.keyId() == null ? NONE : answered.keyId())
                .append(" account=")
                .append(answered.accountId() == null ? NONE : answered.accountId())
                .append(' ')
                .append(tenthsOfMillis / 10)
                .append('.')
                .append(tenthsOfMillis % 10)
                .append("ms")
                .append(answered.requestId() == null ? "" : " id=" + answered.requestId())
                .toString();
    }
}
