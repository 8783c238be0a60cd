package io.genx3d.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals recorded events into the chain every {@code genx3d.audit.seal-interval} (1 s), and every
 * {@code genx3d.audit.prune-interval} (an hour) prunes what is older than {@code genx3d.audit.retention} (one year). Readers seal first ({@link #sealNow}), so a caller sees
 * its own events at once. A failed seal leaves the outbox as it was and puts the in-memory events back.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Inject
    AuditLog log;

    @Inject
    AuditChainWriter writer;

    @Inject
    @ConfigProperty(name = "genx3d.audit.seal-interval", defaultValue = "PT1S")
    Duration sealInterval;

    @Inject
    @ConfigProperty(name = "genx3d.audit.retention", defaultValue = "P365D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "genx3d.audit.prune-interval", defaultValue = "PT1H")
    Duration pruneInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sealing;
    private ScheduledFuture<?> pruning;

    @PostConstruct
    void start() {
        if (scheduler != null) {
            long millis = sealInterval.toMillis();
            sealing = scheduler.scheduleWithFixedDelay(this::sealQuietly, millis, millis, TimeUnit.MILLISECONDS);
            long every = pruneInterval.toMillis();
            pruning = scheduler.scheduleWithFixedDelay(
                    this::pruneQuietly, Math.min(60_000, every), every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Starts sealing with the application. A CDI bean is made when first used, and only readers of the log used this
     * one: on a server whose log nobody read, events waited in memory for ever and a shutdown lost them.
     */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {}

    /** A clean shutdown seals what waits in memory. */
    @PreDestroy
    void stop() {
        if (sealing != null) {
            sealing.cancel(false);
            pruning.cancel(false);
        }
        sealQuietly();
    }

    /** Seals everything recorded so far on this node. */
    public synchronized void sealNow() {
        boolean more;
        do {
            List<PendingAuditEvent> fromMemory = log.takeUnsealed();
            try {
                more = writer.seal(fromMemory);
            } catch (RuntimeException failed) {
                log.putBack(fromMemory);
                throw failed;
            }
        } while (more);
    }

    /** Deletes events past the retention period; answers how many. */
    public long prune() {
        return writer.prune(Instant.now().minus(retention), writer.onPostgres());
    }

    private void sealQuietly() {
        try {
            sealNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing audit events failed; they wait and are retried", e);
        }
    }

    private void pruneQuietly() {
        try {
            long pruned = prune();
            if (pruned > 0) {
                LOG.info(() -> "Pruned " + pruned + " audit events older than " + retention);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning the audit log failed; it is retried at the next round", e);
        }
    }
}
