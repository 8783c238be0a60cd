package io.genx3d.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chain's one head row: the last sealed event (so deleting the newest events is found too) and where pruning
 * left the chain's start. Sealing locks it, so on a cluster one node at a time extends the chain.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "pruned_to_seq", nullable = false)
    private long prunedToSeq;

    @Column(name = "pruned_to_hash", nullable = false, length = 64)
    private String prunedToHash;

    protected AuditChainHead() {}

    AuditChainHead(long lastSeq, String lastHash, long prunedToSeq, String prunedToHash) {
        this.id = ID;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
        this.prunedToSeq = prunedToSeq;
        this.prunedToHash = prunedToHash;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    long prunedToSeq() {
        return prunedToSeq;
    }

    String prunedToHash() {
        return prunedToHash;
    }

    void extendTo(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }

    void prunedTo(long seq, String hash) {
        this.prunedToSeq = seq;
        this.prunedToHash = hash;
    }
}
