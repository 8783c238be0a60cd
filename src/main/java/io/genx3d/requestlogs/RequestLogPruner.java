package io.genx3d.requestlogs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes request logs older than {@code genx3d.request-logs.retention} (30 days), every
 * {@code genx3d.request-logs.prune-interval} (an hour), in batches of {@link #BATCH} rows, each its own short
 * statement: rows are found through the time index, so a batch locks only the rows it deletes and never the table,
 * and requests keep being logged and read while a large backlog goes. Every node prunes; two doing it at once only
 * delete different batches.
 */
@ApplicationScoped
public class RequestLogPruner {

    static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(RequestLogPruner.class.getName());

    @Inject
    RequestLogStore store;

    @Inject
    @ConfigProperty(name = "genx3d.request-logs.retention", defaultValue = "P30D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "genx3d.request-logs.prune-interval", defaultValue = "PT1H")
    Duration interval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The server's clock; a test sets its own. */
    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> schedule;

    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Observing the start is what creates this bean; the schedule is set in init.
    }

    @PostConstruct
    void init() {
        if (scheduler != null) {
            long millis = interval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::pruneQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Deletes every entry older than the retention, a batch at a time; returns how many went. */
    public long prune() {
        Instant cutoff = clock.instant().minus(retention);
        long deleted = 0;
        int batch;
        do {
            batch = store.prune(cutoff, BATCH);
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }

    private void pruneQuietly() {
        try {
            long deleted = prune();
            if (deleted > 0) {
                LOG.info("Pruned " + deleted + " request log entries older than " + retention);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning request logs failed; it is tried again at the next interval", e);
        }
    }
}
