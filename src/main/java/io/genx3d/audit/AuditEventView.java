package io.genx3d.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/**
 * An audit event as listed: what happened, to whose account, who did it (an account and the key or session used,
 * {@code system} or {@code anonymous}), to what, from where, and its place in the chain ({@code seq},
 * {@code prev_hash}, {@code hash}), so that anyone holding a page can check its links.
 */
public record AuditEventView(
        String id,
        long seq,
        String type,
        Instant occurredAt,
        String accountId,
        Actor actor,
        String target,
        String clientAddress,
        String userAgent,
        JsonObject details,
        String prevHash,
        String hash) {

    /** Who acted: {@code type} is {@code account}, {@code system} or {@code anonymous}. */
    public record Actor(String type, String accountId, String keyId, String sessionId) {}

    static AuditEventView of(AuditEvent event) {
        AuditRecord record = event.record();
        boolean byAccount = !AuditRecord.SYSTEM.equals(record.actor()) && !AuditRecord.ANONYMOUS.equals(record.actor());
        Actor actor = byAccount
                ? new Actor("account", record.actor(), record.actorKeyId(), record.actorSession())
                : new Actor(record.actor(), null, record.actorKeyId(), null);
        return new AuditEventView(
                event.id(),
                event.seq(),
                record.type(),
                record.occurredAt(),
                record.accountId(),
                actor,
                record.target(),
                record.clientAddress(),
                record.userAgent(),
                Json.createReader(new StringReader(record.details())).readObject(),
                event.prevHash(),
                event.hash());
    }
}
