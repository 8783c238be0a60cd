package io.genx3d.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A sealed audit event: its place in the chain ({@code seq}), the previous event's hash and its own, SHA-256 over
 * its canonical form ({@link AuditChain#hash}), and its MAC under the audit chain key with that key's version
 * ({@link ChainKeys}; none on events sealed before the chain was keyed). Rows are only ever inserted; PostgreSQL
 * refuses the rest, but for the MAC being added or renewed under a new key ({@link AuditChainRekeying}).
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
@NamedQuery(
        name = "AuditEvent.withoutMac",
        query = "SELECT e FROM AuditEvent e WHERE e.mac IS NULL AND e.seq > :after AND e.seq <= :last ORDER BY e.seq")
@NamedQuery(
        name = "AuditEvent.underKeyVersion",
        query = "SELECT e FROM AuditEvent e WHERE e.keyVersion = :version AND e.seq > :after ORDER BY e.seq")
@NamedQuery(
        name = "AuditEvent.remac",
        query = "UPDATE AuditEvent e SET e.mac = :mac, e.keyVersion = :version WHERE e.seq = :seq AND e.hash = :hash")
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

    @Column(length = 64)
    private String mac;

    @Column(name = "key_version")
    private Integer keyVersion;

    protected AuditEvent() {}

    AuditEvent(long seq, String id, AuditRecord record, String prevHash, String hash, String mac, Integer keyVersion) {
        this.seq = seq;
        this.id = id;
        this.record = record;
        this.prevHash = prevHash;
        this.hash = hash;
        this.mac = mac;
        this.keyVersion = keyVersion;
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

    /** HMAC-SHA256 under the audit chain key of version {@link #keyVersion()}; null if never keyed. */
    public String mac() {
        return mac;
    }

    public Integer keyVersion() {
        return keyVersion;
    }
}
