package io.genx3d.audit;

import io.genx3d.auth.RequestOutcomes;
import io.genx3d.auth.SessionCookie;
import io.genx3d.caller.Actor;
import io.genx3d.json.JsonMapping;
import io.genx3d.tokens.RandomTokens;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Records a security event. Inside a transaction (a key created, revoked, rolled; an account changed) the event is an
 * outbox row of that transaction: it commits with the change or not at all, so nothing acknowledged is lost to a
 * {@code kill -9}. Outside one (a refused login, a refused expired key) it waits in memory for the next seal, a
 * second at most, and costs the request no database write. The request's client address, user agent and session
 * are taken from the request being served, when there is one.
 */
@ApplicationScoped
public class AuditLog {

    /** Far above a second's worth of refused logins; beyond it events are dropped and counted in the log. */
    static final int MAX_UNSEALED = 10_000;

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<HttpServletRequest> request;

    private final Queue<PendingAuditEvent> unsealed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unsealedCount = new AtomicInteger();

    /**
     * Records {@code type} in {@code accountId}'s log. {@code clientAddress} null: the current request's.
     * {@code details} values are strings, numbers, booleans, lists or null.
     */
    public void record(
            AuditEventType type,
            String accountId,
            Actor actor,
            String target,
            Map<String, ?> details,
            String clientAddress) {
        record(
                type,
                accountId,
                actor,
                actor.isSystem() ? AuditRecord.SYSTEM : actor.accountId(),
                target,
                details,
                clientAddress);
    }

    /** Records an attempt by someone not (yet) known: a failed login. */
    public void recordAnonymous(AuditEventType type, String accountId, Map<String, ?> details, String clientAddress) {
        record(type, accountId, Actor.SYSTEM, AuditRecord.ANONYMOUS, null, details, clientAddress);
    }

    private void record(
            AuditEventType type,
            String accountId,
            Actor actor,
            String actorName,
            String target,
            Map<String, ?> details,
            String clientAddress) {
        RequestFacts facts = RequestFacts.of(currentRequest(), actor);
        AuditRecord record = new AuditRecord(
                Instant.now(),
                type,
                accountId,
                actorName,
                actor.keyId(),
                facts.session(),
                target,
                clientAddress != null ? clientAddress : facts.clientAddress(),
                facts.userAgent(),
                JsonMapping.JSONB.toJson(details));
        PendingAuditEvent event = new PendingAuditEvent(RandomTokens.id("evt"), record);
        if (inTransaction()) {
            em.persist(event);
        } else if (unsealedCount.incrementAndGet() <= MAX_UNSEALED) {
            unsealed.add(event);
        } else {
            unsealedCount.decrementAndGet();
            LOG.warning(() -> "Audit events arrive faster than they are sealed; dropped one: " + type.value());
        }
    }

    /** Takes the events waiting in memory, for sealing; {@link #putBack} if sealing them failed. */
    List<PendingAuditEvent> takeUnsealed() {
        List<PendingAuditEvent> taken = new ArrayList<>();
        PendingAuditEvent event;
        while ((event = unsealed.poll()) != null) {
            unsealedCount.decrementAndGet();
            taken.add(event);
        }
        return taken;
    }

    void putBack(List<PendingAuditEvent> events) {
        unsealedCount.addAndGet(events.size());
        unsealed.addAll(events);
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private HttpServletRequest currentRequest() {
        try {
            HttpServletRequest current = request.get();
            current.getMethod(); // outside a request (a scheduled job) the proxy fails here
            return current;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    /** What the request tells about who acted: address, user agent, and the session by a digest of its token. */
    private record RequestFacts(String clientAddress, String userAgent, String session) {

        static RequestFacts of(HttpServletRequest request, Actor actor) {
            if (request == null) {
                return new RequestFacts(null, null, null);
            }
            String session = actor.viaSession()
                    ? SessionCookie.read(request).map(RequestFacts::sessionId).orElse(null)
                    : null;
            return new RequestFacts(RequestOutcomes.clientAddress(request), request.getHeader("User-Agent"), session);
        }

        /** Names a session without being its token: the first 12 hex digits of the token's SHA-256. */
        static String sessionId(String token) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
                return "ses_" + HexFormat.of().formatHex(digest).substring(0, 12);
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
