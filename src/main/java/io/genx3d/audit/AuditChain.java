package io.genx3d.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain, as plain logic. An event's hash is SHA-256 over its canonical form: every field, each written as
 * its length, a colon and its UTF-8 text (null as {@code -1:}), so no two different events share a form; the form
 * starts with the previous event's hash, which ties each event to all before it. Anyone who can write the table can
 * recompute those hashes, so each event also carries a MAC of its hash under the audit chain key
 * ({@link ChainKeys}), which the database does not hold. Verifying walks the events in order from where pruning left
 * the chain to the head, and names the first link that does not hold: a missing event, a broken link, content that
 * no longer matches its hash or its MAC, an event without a MAC, or one MACed under a key this server is not given.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private final ChainKeys keys;
    private final long startSeq;
    private long unkeyedAllowedThrough;
    private long expectedSeq;
    private String expectedPrevious;
    private long checked;
    private ChainVerification.BrokenLink broken;

    private AuditChain(ChainKeys keys, long startSeq, String startHash) {
        this.keys = keys;
        this.startSeq = startSeq;
        this.expectedSeq = startSeq + 1;
        this.expectedPrevious = startHash;
    }

    /** A verification starting after the pruned part of the chain (seq 0 and {@link #GENESIS} if never pruned). */
    static AuditChain verifyingFrom(long prunedToSeq, String prunedToHash, ChainKeys keys) {
        return new AuditChain(keys, prunedToSeq, prunedToHash);
    }

    /**
     * Lets the events through {@code seq} lack a MAC: the check {@link AuditChainRekeying} makes of the events sealed
     * before the chain was keyed, before it MACs them. Never used by the verification itself.
     */
    AuditChain acceptingUnkeyedThrough(long seq) {
        this.unkeyedAllowedThrough = seq;
        return this;
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
        if (broken == null) {
            broken = problemWith(event);
        }
        expectedSeq = event.seq() + 1;
        expectedPrevious = event.hash();
    }

    private ChainVerification.BrokenLink problemWith(AuditEvent event) {
        if (event.seq() != expectedSeq) {
            return new ChainVerification.BrokenLink(
                    expectedSeq, null, "missing", "event " + expectedSeq + " is not in the log");
        }
        if (!event.prevHash().equals(expectedPrevious)) {
            return broken(event, "chain_broken", "the event before this one was changed or removed");
        }
        if (!hash(event.seq(), event.id(), event.record(), event.prevHash()).equals(event.hash())) {
            return broken(event, "altered", "this event's content no longer matches its hash");
        }
        if (event.mac() == null) {
            return event.seq() <= unkeyedAllowedThrough
                    ? null
                    : broken(
                            event,
                            "unkeyed",
                            "this event has no MAC under the audit chain key: it was sealed before the chain was keyed"
                                    + " and never keyed since, or its MAC was removed");
        }
        return switch (keys.check(event.keyVersion(), event.hash(), event.mac())) {
            case VALID -> null;
            case WRONG ->
                broken(
                        event,
                        "altered",
                        "this event's MAC under the audit chain key does not match: it was changed, and its hash"
                                + " recomputed, by someone without the key");
            case UNKNOWN_KEY ->
                broken(
                        event,
                        "unknown_key",
                        "this event's MAC is under audit chain key version " + event.keyVersion()
                                + ", which this server is not given");
        };
    }

    private static ChainVerification.BrokenLink broken(AuditEvent event, String problem, String message) {
        return new ChainVerification.BrokenLink(event.seq(), event.id(), problem, message);
    }

    /** The first link found broken so far, if any. */
    Optional<ChainVerification.BrokenLink> firstBroken() {
        return Optional.ofNullable(broken);
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
