package io.genx3d.requestlogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.auth.RequestAnswered;
import io.genx3d.errors.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoggedRequestTest {

    private static final Instant AT = Instant.parse("2026-12-08T01:00:00Z");

    @Test
    void aKeyPutWhereAnIdGoesIsMaskedAndLongTextIsCut() {
        RequestAnswered answered = new RequestAnswered(
                "GET",
                "/api/v1/models/sk-abcdefABCDEF0123456789_xyz/export",
                404,
                "key_1",
                "acct_1",
                "::1",
                2_345_678,
                "req_1",
                "not_found",
                "agent\r\ninjected" + "x".repeat(400),
                null);

        LoggedRequest entry = LoggedRequest.of(answered, "acct_1", AT);

        assertEquals("/api/v1/models/sk-…/export", entry.path());
        assertFalse(entry.userAgent().contains("\n"));
        assertEquals(LoggedRequest.MAX_USER_AGENT, entry.userAgent().length());
        assertEquals(2_345, entry.durationMicros());
        assertEquals("key_1", entry.keyId());
    }

    @Test
    void aRefusedKeysRequestIsLoggedUnderThatKey() {
        RequestAnswered refused = new RequestAnswered(
                "GET",
                "/api/v1/models",
                401,
                null,
                null,
                "127.0.0.1",
                1_000,
                "req_2",
                "INVALID_API_KEY",
                null,
                "key_9");

        LoggedRequest entry = LoggedRequest.of(refused, "acct_owner", AT);

        assertEquals("key_9", entry.keyId());
        assertEquals("acct_owner", entry.accountId());
        assertNull(entry.userAgent());
    }

    @Test
    void aStatusFilterIsOneStatusOrAClass() {
        assertEquals(new StatusFilter(404, 404), StatusFilter.parse("404"));
        assertEquals(new StatusFilter(400, 499), StatusFilter.parse("4xx"));
        assertEquals(new StatusFilter(500, 599), StatusFilter.parse("5XX"));
        assertNull(StatusFilter.parse(null));
        for (String bad : new String[] {"4x", "600", "abc", "40", "4xxx", "-404"}) {
            assertThrows(ApiException.class, () -> StatusFilter.parse(bad), bad);
        }
    }

    @Test
    void aCursorIsReadBackAsWrittenAndAForgedOneIsRefused() {
        RequestLogCursor cursor = new RequestLogCursor(Instant.parse("2026-12-08T01:00:00.123Z"), "req_abc");
        assertEquals(cursor, RequestLogCursor.decode(cursor.encode()));
        assertThrows(ApiException.class, () -> RequestLogCursor.decode("bm90LWEtY3Vyc29y"));
        assertThrows(ApiException.class, () -> RequestLogCursor.decode("%%%"));
    }
}
