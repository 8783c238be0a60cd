package io.genx3d.requestlogs;

import io.genx3d.auth.RequestAnswered;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Keeps every API answer that belongs to an account, off the request's thread: a request only adds its outcome to a
 * lock-free queue, and a scheduled flush ({@code genx3d.request-logs.flush-interval}, 1 s) writes what accumulated
 * in one batch. The queue is bounded ({@code genx3d.request-logs.queue-capacity}): when the database cannot keep up,
 * entries are dropped and counted ({@code genx3d_request_logs_dropped} in {@code /metrics}) rather than slowing
 * requests down or filling the heap. A failed write is tried once more with the next flush, together with what came
 * since; a batch that fails again, or a backlog larger than the queue, is dropped and counted.
 * Answers to nobody (no caller and no real key) are not kept: no account could ever read them.
 */
@ApplicationScoped
public class RequestLogWriter {

    private static final Logger LOG = Logger.getLogger(RequestLogWriter.class.getName());

    @Inject
    RequestLogStore store;

    @Inject
    @ConfigProperty(name = "genx3d.request-logs.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "genx3d.request-logs.flush-interval", defaultValue = "PT1S")
    Duration flushInterval;

    @Inject
    @ConfigProperty(name = "genx3d.request-logs.queue-capacity", defaultValue = "50000")
    int capacity;

    @Inject
    Instance<MetricRegistry> registries;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Queue<Answered> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private List<Answered> retry = List.of();
    private ScheduledFuture<?> schedule;

    /** An answer and when it was given. */
    private record Answered(RequestAnswered answer, Instant time) {}

    @PostConstruct
    void start() {
        if (registries.isResolvable()) {
            registries.get().gauge("genx3d_request_logs_dropped", dropped::get);
        }
        if (enabled && scheduler != null) {
            long millis = flushInterval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the schedule and writes what is left; called on shutdown (see {@link FlushRequestLogsOnShutdown}). */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        flushQuietly();
    }

    void keep(@Observes RequestAnswered answered) {
        if (!enabled || answered.requestId() == null) {
            return;
        }
        if (answered.accountId() == null && answered.refusedKeyId() == null) {
            return;
        }
        if (waiting.incrementAndGet() > capacity) {
            waiting.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        pending.add(new Answered(answered, Instant.now()));
    }

    /** Entries dropped so far (a full queue, a batch that failed twice). */
    long dropped() {
        return dropped.get();
    }

    /** Writes everything kept so far; the listing calls it first so a caller sees its own requests at once. */
    public synchronized void flush() {
        List<Answered> batch = new ArrayList<>(retry);
        Answered answered;
        while ((answered = pending.poll()) != null) {
            waiting.decrementAndGet();
            batch.add(answered);
        }
        if (batch.isEmpty()) {
            return;
        }
        boolean retrying = !retry.isEmpty();
        retry = List.of();
        try {
            store.insert(entries(batch));
        } catch (RuntimeException e) {
            // Tried once more with the next flush (a database that is briefly away); a batch that fails twice, or
            // that has grown past the queue's size, is dropped and counted rather than blocking every later entry.
            if (retrying || batch.size() > capacity) {
                dropped.addAndGet(batch.size());
            } else {
                retry = batch;
            }
            throw e;
        }
    }

    private List<LoggedRequest> entries(List<Answered> batch) {
        Set<String> refusedKeys = batch.stream()
                .filter(each -> each.answer().accountId() == null)
                .map(each -> each.answer().refusedKeyId())
                .collect(Collectors.toSet());
        Map<String, String> owners = refusedKeys.isEmpty() ? Map.of() : store.ownersOf(refusedKeys);
        List<LoggedRequest> entries = new ArrayList<>(batch.size());
        for (Answered each : batch) {
            String accountId = each.answer().accountId() != null
                    ? each.answer().accountId()
                    : owners.get(each.answer().refusedKeyId());
            if (accountId != null) {
                entries.add(LoggedRequest.of(each.answer(), accountId, each.time()));
            }
        }
        return entries;
    }

    /** As {@link #flush}, a failure logged (the entries stay for the next flush) rather than thrown. */
    void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Writing request logs failed; they are tried once more with the next batch, then dropped and counted",
                    e);
        }
    }
}
