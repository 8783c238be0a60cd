package io.genx3d.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One security event's content, as both the outbox and the chain store it: when, what, whose account, who acted
 * and through which key or session, on what, from where, and the details as a
 * JSON object. Never a key, a token or a password. The actor is an account id, {@code system} (the server: a leak
 * report, a cascade, a reminder) or {@code anonymous} (a failed login).
 */
@Embeddable
public class AuditRecord {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 48)
    private String type;

    @Column(name = "account_id", length = 40)
    private String accountId;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(name = "actor_key_id", length = 40)
    private String actorKeyId;

    @Column(name = "actor_session", length = 16)
    private String actorSession;

    @Column(length = 100)
    private String target;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    @Column(nullable = false, length = 2000)
    private String details;

    protected AuditRecord() {}

    AuditRecord(
            Instant occurredAt,
            AuditEventType type,
            String accountId,
            String actor,
            String actorKeyId,
            String actorSession,
            String target,
            String clientAddress,
            String userAgent,
            String details) {
        // Milliseconds: what every database keeps, so the hash computed now is the hash recomputed from the row.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.type = type.value();
        this.accountId = accountId;
        this.actor = actor;
        this.actorKeyId = actorKeyId;
        this.actorSession = actorSession;
        this.target = target;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
        this.details = details;
    }

    /** The same content for another row (an embedded value belongs to one entity). */
    AuditRecord copy() {
        AuditRecord copy = new AuditRecord();
        copy.occurredAt = occurredAt;
        copy.type = type;
        copy.accountId = accountId;
        copy.actor = actor;
        copy.actorKeyId = actorKeyId;
        copy.actorSession = actorSession;
        copy.target = target;
        copy.clientAddress = clientAddress;
        copy.userAgent = userAgent;
        copy.details = details;
        return copy;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String type() {
        return type;
    }

    public String accountId() {
        return accountId;
    }

    public String actor() {
        return actor;
    }

    public String actorKeyId() {
        return actorKeyId;
    }

    public String actorSession() {
        return actorSession;
    }

    public String target() {
        return target;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public String details() {
        return details;
    }
}
