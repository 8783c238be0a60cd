package io.genx3d.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void anIdMadeLaterSortsAfterEveryIdMadeEarlierWhateverTheirRandomBits() {
        Random random = new Random(7);
        long start = 1_796_000_000_000L;
        String previous = RequestIds.next(start, random);
        for (int step = 1; step <= 10_000; step++) {
            String next = RequestIds.next(start + step, random);
            assertTrue(next.compareTo(previous) > 0, previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void idsOfOneMillisecondDifferAndKeepTheirShape() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIds.next(1_796_000_000_000L, ThreadLocalRandom.current());
            assertTrue(id.matches("req_[0-9A-Za-z]{17}"), id);
            ids.add(id);
        }
        assertEquals(100_000, ids.size());
    }

    @Test
    void theLastMillisecondOfTheYear10000StillFits() {
        String id = RequestIds.next(253_402_300_799_999L, new Random(1));
        assertEquals(21, id.length(), id);
    }
}
