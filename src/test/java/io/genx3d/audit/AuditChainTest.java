package io.genx3d.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final byte[] KEY = "k".repeat(32).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW_KEY = "n".repeat(32).getBytes(StandardCharsets.US_ASCII);
    private static final ChainKeys KEYS = new ChainKeys(1, KEY, null);

    /** Ten events chained and MACed as the writer chains them. */
    private static List<AuditEvent> chain(int count) {
        return chain(count, KEYS);
    }

    private static List<AuditEvent> chain(int count, ChainKeys keys) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            AuditRecord record = record(seq, "{\"n\":" + seq + "}");
            String hash = AuditChain.hash(seq, "evt_" + seq, record, previous);
            events.add(new AuditEvent(seq, "evt_" + seq, record, previous, hash, keys.mac(hash), keys.version()));
            previous = hash;
        }
        return events;
    }

    /**
     * What someone who can write the table but lacks the chain key does: recompute every hash and link from
     * {@code from} on with the unkeyed algorithm, keeping (or dropping) the MACs they cannot make.
     */
    private static List<AuditEvent> relinkedUnkeyed(List<AuditEvent> events, int from, boolean dropMacs) {
        List<AuditEvent> rewritten = new ArrayList<>(events.subList(0, from));
        String previous = from == 0 ? AuditChain.GENESIS : events.get(from - 1).hash();
        for (int i = from; i < events.size(); i++) {
            AuditEvent event = events.get(i);
            long seq = i + 1;
            String hash = AuditChain.hash(seq, event.id(), event.record(), previous);
            rewritten.add(new AuditEvent(
                    seq,
                    event.id(),
                    event.record(),
                    previous,
                    hash,
                    dropMacs ? null : event.mac(),
                    dropMacs ? null : event.keyVersion()));
            previous = hash;
        }
        return rewritten;
    }

    private static AuditEvent withRecord(AuditEvent event, AuditRecord record) {
        return new AuditEvent(
                event.seq(), event.id(), record, event.prevHash(), event.hash(), event.mac(), event.keyVersion());
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

    private static ChainVerification verify(
            List<AuditEvent> events, long fromSeq, String fromHash, AuditEvent head, ChainKeys keys) {
        AuditChain chain = AuditChain.verifyingFrom(fromSeq, fromHash, keys);
        events.forEach(chain::check);
        return chain.result(head.seq(), head.hash());
    }

    private static ChainVerification verify(List<AuditEvent> events, long fromSeq, String fromHash, AuditEvent head) {
        return verify(events, fromSeq, fromHash, head, KEYS);
    }

    private static ChainVerification verify(List<AuditEvent> events, AuditEvent head) {
        return verify(events, 0, AuditChain.GENESIS, head);
    }

    private static ChainVerification verify(List<AuditEvent> events, ChainKeys keys) {
        return verify(events, 0, AuditChain.GENESIS, events.get(events.size() - 1), keys);
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
        events.set(4, withRecord(original, record(5, "{\"n\":55}")));
        ChainVerification result = verify(events, events.get(9));
        assertFalse(result.valid());
        assertEquals(5, result.firstBroken().seq());
        assertEquals("altered", result.firstBroken().problem());
    }

    /** Forged with the key, as only its holder could: the next link still breaks. */
    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditEvent> events = chain(10);
        AuditRecord forged = record(5, "{\"n\":55}");
        String forgedHash = AuditChain.hash(5, "evt_5", forged, events.get(3).hash());
        events.set(4, new AuditEvent(5, "evt_5", forged, events.get(3).hash(), forgedHash, KEYS.mac(forgedHash), 1));
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

    @Test
    void finding9_anEditWithEveryLaterLinkRecomputedUnkeyedIsNamedByItsMac() {
        List<AuditEvent> events = chain(10);
        events.set(4, withRecord(events.get(4), record(5, "{\"n\":55}")));
        List<AuditEvent> rewritten = relinkedUnkeyed(events, 4, false);
        ChainVerification result = verify(rewritten, rewritten.get(9));
        assertFalse(result.valid());
        assertEquals(5, result.firstBroken().seq());
        assertEquals("evt_5", result.firstBroken().eventId());
        assertEquals("altered", result.firstBroken().problem());
    }

    @Test
    void finding9_aDeletionWithTheLaterEventsRenumberedAndRelinkedIsNamed() {
        List<AuditEvent> events = chain(10);
        events.remove(6);
        List<AuditEvent> rewritten = relinkedUnkeyed(events, 6, false);
        ChainVerification result = verify(rewritten, rewritten.get(8));
        assertEquals(7, result.firstBroken().seq());
        assertEquals("evt_8", result.firstBroken().eventId(), "the event moved into the gap");
        assertEquals("altered", result.firstBroken().problem());
    }

    @Test
    void finding9_strippingTheMacsAndRelinkingUnkeyedIsNamedAsUnkeyed() {
        List<AuditEvent> events = chain(10);
        events.set(2, withRecord(events.get(2), record(3, "{\"n\":33}")));
        List<AuditEvent> rewritten = relinkedUnkeyed(events, 0, true);
        ChainVerification result = verify(rewritten, rewritten.get(9));
        assertEquals(1, result.firstBroken().seq());
        assertEquals("unkeyed", result.firstBroken().problem());
    }

    @Test
    void aChainMacedUnderAnotherKeyDoesNotVerify() {
        List<AuditEvent> events = chain(10, new ChainKeys(1, NEW_KEY, null));
        ChainVerification result = verify(events, KEYS);
        assertEquals(1, result.firstBroken().seq());
        assertEquals("altered", result.firstBroken().problem());
    }

    @Test
    void duringARotationEventsUnderThePreviousKeyStillVerifyAndAfterItTheyNeedTheirNewMac() {
        ChainKeys rotating = new ChainKeys(2, NEW_KEY, KEY);
        List<AuditEvent> events = chain(10);
        AuditEvent fifth = events.get(4);
        events.set(
                4,
                new AuditEvent(
                        5, "evt_5", fifth.record(), fifth.prevHash(), fifth.hash(), rotating.mac(fifth.hash()), 2));
        assertTrue(verify(events, rotating).valid(), "versions 1 and 2 side by side");

        ChainVerification after = verify(events, new ChainKeys(2, NEW_KEY, null));
        assertEquals(1, after.firstBroken().seq());
        assertEquals("unknown_key", after.firstBroken().problem());
        assertTrue(
                after.firstBroken().message().contains("version 1"),
                after.firstBroken().message());
    }

    @Test
    void aMacCannotBePassedOffAsOneUnderTheOtherVersion() {
        ChainKeys rotating = new ChainKeys(2, NEW_KEY, KEY);
        List<AuditEvent> events = chain(10);
        AuditEvent third = events.get(2);
        events.set(2, new AuditEvent(3, "evt_3", third.record(), third.prevHash(), third.hash(), third.mac(), 2));
        ChainVerification result = verify(events, rotating);
        assertEquals(3, result.firstBroken().seq());
        assertEquals("altered", result.firstBroken().problem());
    }

    @Test
    void theRekeyingCheckLetsEventsLackAMacOnlyThroughItsBound() {
        List<AuditEvent> unkeyed = relinkedUnkeyed(chain(10), 0, true);
        AuditChain throughSix =
                AuditChain.verifyingFrom(0, AuditChain.GENESIS, KEYS).acceptingUnkeyedThrough(6);
        unkeyed.forEach(throughSix::check);
        assertEquals(7, throughSix.firstBroken().orElseThrow().seq());
        assertEquals("unkeyed", throughSix.firstBroken().orElseThrow().problem());

        List<AuditEvent> edited = new ArrayList<>(unkeyed);
        edited.set(3, withRecord(edited.get(3), record(4, "{}")));
        AuditChain all = AuditChain.verifyingFrom(0, AuditChain.GENESIS, KEYS).acceptingUnkeyedThrough(10);
        edited.forEach(all::check);
        assertEquals("altered", all.firstBroken().orElseThrow().problem(), "a broken unkeyed chain is not keyed");
        assertEquals(4, all.firstBroken().orElseThrow().seq());
    }

    @Test
    void theMacIsHmacSha256OfTheVersionAndHashUnderTheKey() throws Exception {
        String hash = chain(1).get(0).hash();
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(hmac.doFinal(("genx3d audit event\n1\n" + hash).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, KEYS.mac(hash));
        assertEquals(ChainKeys.Check.VALID, KEYS.check(1, hash, expected));
        assertEquals(ChainKeys.Check.WRONG, KEYS.check(1, hash, "0".repeat(64)));
        assertEquals(ChainKeys.Check.UNKNOWN_KEY, KEYS.check(2, hash, expected));
    }
}
