package io.genx3d.audit;

/**
 * A verification of the audit chain, as the admin endpoint answers it: whether every link holds, how many events
 * were checked (from after {@code pruned_through_seq} to {@code last_seq}), and the first link that does not.
 */
public record ChainVerification(
        boolean valid, long eventsChecked, long prunedThroughSeq, long lastSeq, BrokenLink firstBroken) {

    /** Where the chain does not hold: the event (or a missing event's number), the problem and what it means. */
    public record BrokenLink(long seq, String eventId, String problem, String message) {}
}
