package io.genx3d.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the stored chain under the current audit chain key, once per start, off the request path (retried every
 * minute until the database answers):
 * <ul>
 * <li>events sealed before the chain was keyed get their first MAC — only those up to a bound that the database
 * cannot move ({@code genx3d.audit.unkeyed-through-seq}, which the operator sets when upgrading; or every one, on the
 * start that generated the key into the data directory), and only if their unkeyed chain verifies through it;
 * otherwise they stay as they are and the verification names them;</li>
 * <li>during a rotation, events MACed under the previous key are MACed again under the current one, each only if its
 * MAC holds, so the previous key can then be removed.</li>
 * </ul>
 * Nothing that does not verify is given a MAC: if a restart keyed whatever unkeyed rows it found, whoever rewrites the
 * table could strip the MACs, recompute the chain unkeyed and have the next start seal the rewrite.
 */
@ApplicationScoped
public class AuditChainRekeying {

    static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(AuditChainRekeying.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditChainKey chainKey;

    @Inject
    AuditChainWriter writer;

    @Inject
    AuditEvents events;

    @Inject
    @ConfigProperty(name = "genx3d.audit.unkeyed-through-seq", defaultValue = "0")
    long unkeyedThroughSeq;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile boolean done;
    private ScheduledFuture<?> attempts;

    /** After the migrations, which add the MAC columns (they observe the same event at the default priority). */
    void atStartup(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1100) @Initialized(ApplicationScoped.class)
                    Object applicationStarted) {
        if (scheduler != null) {
            attempts = scheduler.scheduleWithFixedDelay(this::rekeyQuietly, 0, 60, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (attempts != null) {
            attempts.cancel(false);
        }
    }

    private void rekeyQuietly() {
        if (!done) {
            try {
                keyUnkeyedEvents();
                remacPreviousKeyEvents();
                done = true;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Re-keying the audit chain failed; it is retried in a minute", e);
            }
        }
        if (done && attempts != null) {
            attempts.cancel(false);
        }
    }

    /** MACs the events sealed before the chain was keyed, through the bound, if their chain verifies; how many. */
    long keyUnkeyedEvents() {
        long bound = chainKey.generatedNow() ? Long.MAX_VALUE : unkeyedThroughSeq;
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long through = Math.min(bound, head.lastSeq());
        if (through <= head.prunedToSeq()
                || withoutMac(head.prunedToSeq(), through, 1).isEmpty()) {
            return 0;
        }
        Optional<ChainVerification.BrokenLink> problem = unkeyedChainProblem(head, through);
        if (problem.isPresent()) {
            LOG.warning(() -> "The audit events sealed before the chain was keyed were left without a MAC: their"
                    + " chain does not verify at event " + problem.get().seq() + " ("
                    + problem.get().problem()
                    + "); the verification names it");
            return 0;
        }
        long keyed = remacEach(after -> withoutMac(Math.max(after, head.prunedToSeq()), through, PAGE), event -> true)
                .remaced();
        LOG.info(() -> "Keyed " + keyed + " audit events sealed before the chain was keyed (through event " + through
                + "), after verifying their unkeyed chain, under audit chain key version "
                + chainKey.keys().version());
        return keyed;
    }

    /** The first problem of the chain from its start through {@code through}, events without a MAC allowed. */
    private Optional<ChainVerification.BrokenLink> unkeyedChainProblem(AuditChainHead head, long through) {
        AuditChain chain = AuditChain.verifyingFrom(head.prunedToSeq(), head.prunedToHash(), chainKey.keys())
                .acceptingUnkeyedThrough(through);
        long last = events.feed(chain, head.prunedToSeq(), through);
        if (chain.firstBroken().isEmpty() && last != through) {
            return Optional.of(new ChainVerification.BrokenLink(
                    last + 1, null, "missing", "the log ends before event " + through));
        }
        return chain.firstBroken();
    }

    /** During a rotation: MACs again, under the current key, every event whose MAC under the previous key holds. */
    long remacPreviousKeyEvents() {
        ChainKeys keys = chainKey.keys();
        Optional<Integer> previous = keys.previousVersion();
        if (previous.isEmpty()) {
            return 0;
        }
        Tally tally = remacEach(
                after -> em.createNamedQuery("AuditEvent.underKeyVersion", AuditEvent.class)
                        .setParameter("version", previous.get())
                        .setParameter("after", after)
                        .setMaxResults(PAGE)
                        .getResultList(),
                event -> keys.check(event.keyVersion(), event.hash(), event.mac()) == ChainKeys.Check.VALID);
        LOG.info(() -> "Audit chain key rotation: " + tally.remaced() + " events MACed again under version "
                + keys.version()
                + (tally.left() == 0
                        ? ""
                        : "; " + tally.left() + " whose MAC under version " + previous.get() + " does not hold were"
                                + " left as they are (the verification names the first)"));
        return tally.remaced();
    }

    /** How many events got a new MAC, and how many of those looked at were left as they are. */
    private record Tally(long remaced, long left) {}

    /** Pages through events by seq ({@code pageAfter} a seq), MACing under the current key those that qualify. */
    private Tally remacEach(LongFunction<List<AuditEvent>> pageAfter, Predicate<AuditEvent> qualifies) {
        long remaced = 0;
        long left = 0;
        long after = 0;
        List<AuditEvent> page;
        do {
            page = pageAfter.apply(after);
            List<AuditEvent> chosen = page.stream().filter(qualifies).toList();
            remaced += chosen.isEmpty() ? 0 : writer.remac(chosen, writer.onPostgres());
            left += page.size() - chosen.size();
            after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        } while (page.size() == PAGE);
        return new Tally(remaced, left);
    }

    private List<AuditEvent> withoutMac(long after, long through, int most) {
        return em.createNamedQuery("AuditEvent.withoutMac", AuditEvent.class)
                .setParameter("after", after)
                .setParameter("last", through)
                .setMaxResults(most)
                .getResultList();
    }
}
