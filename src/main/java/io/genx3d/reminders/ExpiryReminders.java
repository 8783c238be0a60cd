package io.genx3d.reminders;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Looks for keys about to expire every {@code genx3d.keys.reminder-interval} (15 minutes) on every node; which node
 * sends a reminder is decided by the database ({@link ReminderClaims}), so each is sent once. The rounds this node
 * has finished are {@code genx3d_reminder_rounds} in {@code /metrics}: an operator sees the job is alive, and a test
 * knows when a round has passed without waiting for the clock.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

    @Inject
    ReminderClaims claims;

    @Inject
    @ConfigProperty(name = "genx3d.keys.reminder-interval", defaultValue = "PT15M")
    Duration interval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Instance<MetricRegistry> registries;

    private ScheduledFuture<?> schedule;

    private final AtomicLong roundsFinished = new AtomicLong();

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing start-up creates the bean, and with it the schedule.
    }

    @PostConstruct
    void start() {
        if (registries != null && registries.isResolvable()) {
            registries
                    .get()
                    .gauge(
                            Metadata.builder()
                                    .withName("genx3d_reminder_rounds")
                                    .withDescription("Rounds of looking for keys about to expire finished on this node")
                                    .build(),
                            roundsFinished::get);
        }
        if (scheduler != null) {
            long millis = interval.toMillis();
            schedule = scheduler.scheduleWithFixedDelay(this::remindQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void remindQuietly() {
        try {
            Instant now = Instant.now();
            int sent = claims.remind(Reminder.DAY, now) + claims.remind(Reminder.WEEK, now);
            if (sent > 0) {
                LOG.info(() -> "Mailed " + sent + " key expiry reminder(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending key expiry reminders failed; they are retried at the next round", e);
        } finally {
            roundsFinished.incrementAndGet();
        }
    }
}
