package io.genx3d.monitoring;

import io.genx3d.auth.RequestAnswered;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one line per API request, written off the request's thread: a request only offers its outcome to a bounded
 * queue, and one writer thread formats the lines and hands them to the logger (whose console handler writes
 * synchronously, which under load had every request thread queue up on the console). When the writer falls more
 * than {@link #CAPACITY} lines behind, lines are dropped and counted rather than slowing requests down.
 */
final class RequestLog {

    static final int CAPACITY = 10_000;
    private static final String NONE = "-";

    private final Logger logger;
    private final Level level;
    private final BlockingQueue<RequestAnswered> pending = new ArrayBlockingQueue<>(CAPACITY);
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

    /** Never blocks: a full queue drops the line. */
    void offer(RequestAnswered answered) {
        if (!logger.isLoggable(level)) {
            return;
        }
        if (!pending.offer(answered)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    /** Writes what is still queued, then stops the writer. */
    void close() {
        stopping = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilStopped() {
        List<RequestAnswered> batch = new ArrayList<>(256);
        while (!stopping) {
            try {
                batch.add(pending.take());
            } catch (InterruptedException stop) {
                break;
            }
            pending.drainTo(batch, 255);
            write(batch);
        }
        pending.drainTo(batch);
        write(batch);
    }

    private void write(List<RequestAnswered> batch) {
        for (RequestAnswered answered : batch) {
            logger.log(level, line(answered));
        }
        batch.clear();
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
                .toString();
    }
}
