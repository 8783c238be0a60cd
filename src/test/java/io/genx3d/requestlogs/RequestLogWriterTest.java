package io.genx3d.requestlogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.auth.RequestAnswered;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer's batches: what is kept, retried once, or dropped and counted. */
class RequestLogWriterTest {

    /** A store that fails its first {@code failures} writes and records the rest. */
    private static final class FlakyStore extends RequestLogStore {
        int failures;
        final List<LoggedRequest> written = new ArrayList<>();

        FlakyStore(int failures) {
            this.failures = failures;
        }

        @Override
        void insert(Collection<LoggedRequest> entries) {
            if (failures-- > 0) {
                throw new IllegalStateException("database away");
            }
            written.addAll(entries);
        }
    }

    @Test
    void aFailedBatchIsTriedOnceMoreWithWhatCameSince() {
        FlakyStore store = new FlakyStore(1);
        RequestLogWriter writer = writer(store);
        answer(writer, 3);
        assertThrows(IllegalStateException.class, writer::flush);
        answer(writer, 1);
        writer.flush();
        assertEquals(4, store.written.size());
        assertEquals(0, writer.dropped());
    }

    @Test
    void aBatchThatFailsTwiceIsDroppedAndCountedAndBlocksNothingAfterIt() {
        FlakyStore store = new FlakyStore(2);
        RequestLogWriter writer = writer(store);
        answer(writer, 3);
        assertThrows(IllegalStateException.class, writer::flush);
        answer(writer, 1);
        assertThrows(IllegalStateException.class, writer::flush);
        assertEquals(4, writer.dropped());
        answer(writer, 2);
        writer.flush();
        assertEquals(2, store.written.size());
    }

    @Test
    void answersToNobodyAreNotKept() {
        FlakyStore store = new FlakyStore(0);
        RequestLogWriter writer = writer(store);
        writer.keep(new RequestAnswered(
                "GET", "/api/v1/models", 401, null, null, "127.0.0.1", 1_000, "req_x", "UNAUTHORIZED", null, null));
        writer.flush();
        assertEquals(List.of(), store.written);
    }

    private static RequestLogWriter writer(RequestLogStore store) {
        RequestLogWriter writer = new RequestLogWriter();
        writer.store = store;
        writer.enabled = true;
        writer.capacity = 100;
        return writer;
    }

    private static int next;

    private static void answer(RequestLogWriter writer, int count) {
        for (int i = 0; i < count; i++) {
            writer.keep(new RequestAnswered(
                    "GET",
                    "/api/v1/models",
                    200,
                    "key_1",
                    "acct_1",
                    "127.0.0.1",
                    1_000,
                    "req_" + next++,
                    null,
                    null,
                    null));
        }
    }
}
