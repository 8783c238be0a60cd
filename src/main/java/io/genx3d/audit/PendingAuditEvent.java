package io.genx3d.audit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An event recorded but not yet sealed into the chain: written in the transaction of the change it records, so a
 * committed key creation or revocation always has its event, even if the server dies before sealing it.
 */
@Entity
@Table(name = "audit_outbox")
@NamedQuery(
        name = "PendingAuditEvent.oldest",
        query = "SELECT p FROM PendingAuditEvent p ORDER BY p.record.occurredAt, p.id")
public class PendingAuditEvent {

    @Id
    private String id;

    @Embedded
    private AuditRecord record;

    protected PendingAuditEvent() {}

    PendingAuditEvent(String id, AuditRecord record) {
        this.id = id;
        this.record = record;
    }

    String id() {
        return id;
    }

    AuditRecord record() {
        return record;
    }
}
