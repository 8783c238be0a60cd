package io.genx3d.ratelimit.quota;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An account's plan and its keys' limits counted together in one window, as the grid's entry holds them. */
class QuotaWindowTest {

    private static final long HOUR = 3_600_000;
    private static final long NOW = 1_765_000_000_000L / HOUR * HOUR;

    private static Quota key(String line, long keyLimit, long planLimit) {
        return new Quota(NOW, planLimit, line, keyLimit);
    }

    private static Quota session(long planLimit) {
        return new Quota(NOW, planLimit, null, planLimit);
    }

    private static List<Spent> spend(QuotaWindow window, Quota quota, int times) {
        List<Spent> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answers.add(window.spend(quota));
        }
        return answers;
    }

    @Test
    void aKeySpendsItsOwnLimitAndThePlanTogetherAndIsRefusedWhenItsOwnIsSpent() {
        QuotaWindow window = new QuotaWindow();
        List<Spent> answers = spend(window, key("a", 3, 5), 4);
        assertEquals(
                List.of(4L, 3L, 2L, 2L), answers.stream().map(Spent::planLeft).toList());
        assertEquals(
                List.of(2L, 1L, 0L, 0L), answers.stream().map(Spent::keyLeft).toList());
        assertEquals(
                List.of(true, true, true, false),
                answers.stream().map(Spent::allowed).toList());
        assertEquals(new Spent(true, 1, 1, NOW), window.spend(key("b", 2, 5)), "another key still has the plan's");
    }

    @Test
    void whenThePlanIsSpentNeitherIsCharged() {
        QuotaWindow window = new QuotaWindow();
        spend(window, key("a", 10, 3), 3);
        Spent refused = window.spend(key("b", 10, 3));
        assertEquals(new Spent(false, 0, 10, NOW), refused, "b's own limit is untouched by a refusal");
        assertEquals(new Spent(false, 0, 10, NOW), window.peek(key("b", 10, 3)));
    }

    @Test
    void aSessionSpendsOnlyThePlanAndKeysShareWhatIsLeft() {
        QuotaWindow window = new QuotaWindow();
        assertEquals(new Spent(true, 2, 2, NOW), window.spend(session(3)));
        assertEquals(new Spent(true, 1, 9, NOW), window.spend(key("a", 10, 3)));
        assertEquals(new Spent(true, 0, 0, NOW), window.spend(session(3)));
        assertFalse(window.spend(key("a", 10, 3)).allowed());
    }

    @Test
    void aNewWindowStartsEveryCountAfreshAndACallerBehindCountsInTheNewerWindow() {
        QuotaWindow window = new QuotaWindow();
        spend(window, key("a", 2, 5), 2);
        assertFalse(window.spend(key("a", 2, 5)).allowed());
        Quota nextHour = new Quota(NOW + HOUR, 5, "a", 2);
        assertEquals(new Spent(true, 4, 1, NOW + HOUR), window.spend(nextHour));
        Spent late = window.spend(key("a", 2, 5));
        assertEquals(new Spent(true, 3, 0, NOW + HOUR), late, "a node whose clock is behind counts in the new hour");
        assertFalse(window.spend(key("a", 2, 5)).allowed());
    }

    @Test
    void aChangedLimitStartsItsCountAfreshAndTheOtherCountStands() {
        QuotaWindow window = new QuotaWindow();
        spend(window, key("a", 3, 100), 3);
        assertFalse(window.spend(key("a", 3, 100)).allowed());
        assertEquals(new Spent(true, 96, 4, NOW), window.spend(key("a", 5, 100)), "a raised key limit");
        assertEquals(new Spent(true, 9, 3, NOW), window.spend(key("a", 5, 10)), "a lowered plan");
    }

    /** A project's admins set its plan: lowering and raising it again must not hand them a fresh count. */
    @Test
    void aProjectsPlanCarriesItsCountOverAChange() {
        QuotaWindow window = new QuotaWindow();
        for (int i = 0; i < 5; i++) {
            assertTrue(window.spend(new Quota(NOW, 5, "k" + i, 100, true)).allowed());
        }
        assertFalse(window.spend(new Quota(NOW, 3, "k9", 100, true)).allowed(), "lowered: still spent");
        Spent raised = window.spend(new Quota(NOW, 8, "k9", 100, true));
        assertEquals(new Spent(true, 2, 99, NOW), raised, "raised: 8 - the 5 spent - this one");
        assertTrue(window.spend(new Quota(NOW, 3, "k9", 100, false)).allowed(), "an account's plan starts afresh");
    }

    @Test
    void peekSpendsNothing() {
        QuotaWindow window = new QuotaWindow();
        window.spend(key("a", 3, 5));
        for (int i = 0; i < 3; i++) {
            assertEquals(new Spent(true, 4, 2, NOW), window.peek(key("a", 3, 5)));
        }
        assertEquals(new Spent(true, 4, 7, NOW), window.peek(key("never-used", 7, 5)));
        assertEquals(new Spent(true, 5, 3, NOW + HOUR), window.peek(new Quota(NOW + HOUR, 5, "a", 3)));
    }

    @Test
    void theBytesCarryEveryCountAndTheLimitItWasCountedUnder() {
        QuotaWindow window = new QuotaWindow();
        for (int k = 0; k < 50; k++) {
            spend(window, key("key_" + k + "_ünïcode", 100 + k, 10_000), k % 7 + 1);
        }
        byte[] bytes = window.encode();
        QuotaWindow copy = QuotaWindow.decode(bytes);
        assertArrayEquals(bytes, copy.encode());
        for (int k = 0; k < 50; k++) {
            Quota quota = key("key_" + k + "_ünïcode", 100 + k, 10_000);
            assertEquals(window.peek(quota), copy.peek(quota));
            assertEquals(100 + k - (k % 7 + 1), copy.peek(quota).keyLeft());
        }
    }

    @Test
    void noBytesOrBytesOfAnotherFormatAreAnEmptyWindow() {
        assertEquals(new Spent(true, 5, 3, NOW), QuotaWindow.decode(null).peek(key("a", 3, 5)));
        byte[] newer = new QuotaWindow().encode();
        newer[0] = 99;
        assertEquals(new Spent(true, 5, 3, NOW), QuotaWindow.decode(newer).peek(key("a", 3, 5)));
        assertTrue(QuotaWindow.decode(null).spend(key("a", 3, 5)).allowed());
    }
}
