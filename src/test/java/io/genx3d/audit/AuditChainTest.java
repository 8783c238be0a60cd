package io.genx3d.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    /** Ten events chained as the writer chains them. */
    private static List<AuditEvent> chain(int count) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            AuditRecord record = record(seq, "{\"n\":" + seq + "}");
            String hash = AuditChain.hash(seq, "evt_" + seq, record, previous);
            events.add(new AuditEvent(seq, "evt_" + seq, record, previous, hash));
            previous = hash;
        }
        return events;
    }

    private static AuditRecord record(int seq, String details) {
        return new AuditRecord(
                AT.plusSeconds(seq),
                AuditEventType.KEY_CREATED,
                "acct_1",
                "acct_1",
                null,
                "ses_0123456789ab",
                "key_" + seq,
                "192.0.2.1",
                "curl/8",
                details);
    }

    private static ChainVerification verify(List<AuditEvent> events, long fromSeq, String fromHash, AuditEvent head) {
        AuditChain chain = AuditChain.verifyingFrom(fromSeq, fromHash);
        events.forEach(chain::check);
        return chain.result(head.seq(), head.hash());
    }

    private static ChainVerification verify(List<AuditEvent> events, AuditEvent head) {
        return verify(events, 0, AuditChain.GENESIS, head);
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEvent> events = chain(10);
        ChainVerification result = verify(events, events.get(9));
        assertTrue(result.valid());
        assertEquals(10, result.eventsChecked());
    }

    @Test
    void everyFieldIsCoveredAndNoTwoFormsCollide() {
        String a = AuditChain.hash(1, "evt_1", record(1, "{}"), AuditChain.GENESIS);
        assertNotEquals(a, AuditChain.hash(2, "evt_1", record(1, "{}"), AuditChain.GENESIS));
        assertNotEquals(a, AuditChain.hash(1, "evt_1", record(1, "{ }"), AuditChain.GENESIS));
        assertNotEquals(a, AuditChain.hash(1, "evt_1", record(2, "{}"), AuditChain.GENESIS));
        assertEquals(a, AuditChain.hash(1, "evt_1", record(1, "{}"), AuditChain.GENESIS));
    }

    @Test
    void anEditedEventIsNamed() {
        List<AuditEvent> events = chain(10);
        AuditEvent original = events.get(4);
        events.set(4, new AuditEvent(5, "evt_5", record(5, "{\"n\":55}"), original.prevHash(), original.hash()));
        ChainVerification result = verify(events, events.get(9));
        assertFalse(result.valid());
        assertEquals(5, result.firstBroken().seq());
        assertEquals("altered", result.firstBroken().problem());
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditEvent> events = chain(10);
        AuditRecord forged = record(5, "{\"n\":55}");
        String forgedHash = AuditChain.hash(5, "evt_5", forged, events.get(3).hash());
        events.set(4, new AuditEvent(5, "evt_5", forged, events.get(3).hash(), forgedHash));
        ChainVerification result = verify(events, events.get(9));
        assertEquals(6, result.firstBroken().seq());
        assertEquals("chain_broken", result.firstBroken().problem());
    }

    @Test
    void aDeletedEventIsFoundInTheMiddleAndAtTheEnd() {
        List<AuditEvent> events = chain(10);
        AuditEvent head = events.get(9);
        List<AuditEvent> middle = new ArrayList<>(events);
        middle.remove(6);
        ChainVerification result = verify(middle, head);
        assertEquals(7, result.firstBroken().seq());
        assertEquals("missing", result.firstBroken().problem());

        List<AuditEvent> tail = new ArrayList<>(events.subList(0, 9));
        assertEquals("missing", verify(tail, head).firstBroken().problem(), "the head remembers the last event");
    }

    @Test
    void whatPruningLeavesStillVerifiesAndItsFirstEventIsStillGuarded() {
        List<AuditEvent> events = chain(10);
        AuditEvent lastPruned = events.get(3);
        List<AuditEvent> kept = new ArrayList<>(events.subList(4, 10));
        assertTrue(
                verify(kept, lastPruned.seq(), lastPruned.hash(), events.get(9)).valid());

        kept.remove(0);
        ChainVerification result = verify(kept, lastPruned.seq(), lastPruned.hash(), events.get(9));
        assertFalse(result.valid(), "deleting the oldest remaining event is not mistaken for pruning");
        assertEquals(5, result.firstBroken().seq());
    }
}
