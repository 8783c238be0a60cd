package io.genx3d.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain, as plain logic. An event's hash is SHA-256 over its canonical form: every field, each written as
 * its length, a colon and its UTF-8 text (null as {@code -1:}), so no two different events share a form; the form
 * starts with the previous event's hash, which ties each event to all before it. Verifying walks the events in
 * order from where pruning left the chain to the head, and names the first link that does not hold.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private final long startSeq;
    private final String startHash;
    private long expectedSeq;
    private String expectedPrevious;
    private long checked;
    private ChainVerification.BrokenLink broken;

    private AuditChain(long startSeq, String startHash) {
        this.startSeq = startSeq;
        this.startHash = startHash;
        this.expectedSeq = startSeq + 1;
        this.expectedPrevious = startHash;
    }

    /** A verification starting after the pruned part of the chain (seq 0 and {@link #GENESIS} if never pruned). */
    static AuditChain verifyingFrom(long prunedToSeq, String prunedToHash) {
        return new AuditChain(prunedToSeq, prunedToHash);
    }

    static String hash(long seq, String id, AuditRecord record, String prevHash) {
        StringBuilder form = new StringBuilder(512);
        for (String field : new String[] {
            prevHash,
            Long.toString(seq),
            id,
            record.occurredAt().toString(),
            record.type(),
            record.accountId(),
            record.actor(),
            record.actorKeyId(),
            record.actorSession(),
            record.target(),
            record.clientAddress(),
            record.userAgent(),
            record.details()
        }) {
            if (field == null) {
                form.append("-1:");
            } else {
                form.append(field.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(field);
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(form.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    /** Checks the next event in order; after the first broken link the rest is only counted. */
    void check(AuditEvent event) {
        checked++;
        if (broken != null) {
            return;
        }
        if (event.seq() != expectedSeq) {
            broken = new ChainVerification.BrokenLink(
                    expectedSeq, null, "missing", "event " + expectedSeq + " is not in the log");
        } else if (!event.prevHash().equals(expectedPrevious)) {
            broken = new ChainVerification.BrokenLink(
                    event.seq(), event.id(), "chain_broken", "the event before this one was changed or removed");
        } else if (!hash(event.seq(), event.id(), event.record(), event.prevHash())
                .equals(event.hash())) {
            broken = new ChainVerification.BrokenLink(
                    event.seq(), event.id(), "altered", "this event's content no longer matches its hash");
        }
        expectedSeq = event.seq() + 1;
        expectedPrevious = event.hash();
    }

    /** The result, once every event was checked: the last one must be the head's (else the newest were removed). */
    ChainVerification result(long headSeq, String headHash) {
        if (broken == null && (expectedSeq - 1 != headSeq || !expectedPrevious.equals(headHash))) {
            broken = new ChainVerification.BrokenLink(
                    expectedSeq, null, "missing", "the log ends before event " + headSeq + ", the last one sealed");
        }
        return new ChainVerification(broken == null, checked, startSeq, headSeq, broken);
    }
}
