package io.genx3d.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A sealed audit event: its place in the chain ({@code seq}), the previous event's hash and its own, SHA-256 over
 * its canonical form ({@link AuditChain#hash}). Rows are only ever inserted (PostgreSQL refuses the rest).
 */
@Entity
@Table(name = "audit_events")
@NamedQuery(
        name = "AuditEvent.inOrder",
        query = "SELECT e FROM AuditEvent e WHERE e.seq > :after AND e.seq <= :last ORDER BY e.seq")
@NamedQuery(
        name = "AuditEvent.lastBefore",
        query = "SELECT MAX(e.seq) FROM AuditEvent e WHERE e.record.occurredAt < :before")
@NamedQuery(name = "AuditEvent.pruneThrough", query = "DELETE FROM AuditEvent e WHERE e.seq <= :seq")
public class AuditEvent {

    @Id
    private long seq;

    @Column(nullable = false, length = 40, unique = true)
    private String id;

    @Embedded
    private AuditRecord record;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {}

    AuditEvent(long seq, String id, AuditRecord record, String prevHash, String hash) {
        this.seq = seq;
        this.id = id;
        this.record = record;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public long seq() {
        return seq;
    }

    public String id() {
        return id;
    }

    public AuditRecord record() {
        return record;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
