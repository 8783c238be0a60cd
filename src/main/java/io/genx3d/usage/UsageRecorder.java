package io.genx3d.usage;

import io.genx3d.auth.AuthenticationRefused;
import io.genx3d.auth.RequestAnswered;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts each key's traffic per hour in memory and writes it in batches ({@code genx3d.usage.flush-interval}),
 * so a request costs a few additions, not a database write. Recording holds the read side of a lock and a flush
 * swaps the whole map under the write side, so no increment can land in a map that is being written out. A
 * failed write puts the counts back; a clean shutdown flushes what is left.
 */
@ApplicationScoped
public class UsageRecorder {

    private static final Logger LOG = Logger.getLogger(UsageRecorder.class.getName());

    @Inject
    UsageStore store;

    @Inject
    @ConfigProperty(name = "genx3d.usage.flush-interval", defaultValue = "PT10S")
    Duration flushInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile ConcurrentMap<Slot, Tally> pending = new ConcurrentHashMap<>();
    private ScheduledFuture<?> schedule;

    record Slot(String keyId, Instant hour) {}

    @PostConstruct
    void start() {
        if (scheduler != null) {
            long millis = flushInterval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the schedule and writes what is left; called on shutdown (see {@link FlushUsageOnShutdown}). */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        flushQuietly();
    }

    /**
     * Counts every answered request made with an API key, by the status it got (429s included), and a dashboard
     * session's under its account's dashboard line.
     */
    void countAnswer(@Observes RequestAnswered answered) {
        if (answered.keyId() != null) {
            recordResponse(answered.keyId(), answered.status());
        } else if (answered.accountId() != null) {
            recordResponse(DashboardUsage.lineOf(answered.accountId()), answered.status());
        }
    }

    /** A real key refused (revoked, expired, suspended) yet still in use is counted, to flag it to its owner. */
    void countRefusal(@Observes AuthenticationRefused refused) {
        if (refused.keyId() != null) {
            recordAuthFailure(refused.keyId());
        }
    }

    void recordResponse(String keyId, int status) {
        add(keyId, UsageCounts.ofStatus(status));
    }

    void recordAuthFailure(String keyId) {
        add(keyId, UsageCounts.authFailure());
    }

    /** Writes everything counted so far; readers call it first so they see their own traffic. */
    public synchronized void flush() {
        Map<Slot, Tally> drained;
        swap.writeLock().lock();
        try {
            drained = pending;
            pending = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        if (drained.isEmpty()) {
            return;
        }
        Map<Slot, UsageCounts> counts = new HashMap<>();
        drained.forEach((slot, tally) -> counts.put(slot, tally.counts()));
        try {
            store.add(counts);
        } catch (RuntimeException e) {
            counts.forEach(this::add);
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing usage counts failed; they are kept and retried", e);
        }
    }

    private void add(String keyId, UsageCounts counts) {
        add(new Slot(keyId, Instant.now().truncatedTo(ChronoUnit.HOURS)), counts);
    }

    private void add(Slot slot, UsageCounts counts) {
        swap.readLock().lock();
        try {
            pending.computeIfAbsent(slot, ignored -> new Tally()).add(counts);
        } finally {
            swap.readLock().unlock();
        }
    }
}
