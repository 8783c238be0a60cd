package io.genx3d.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.errors.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorDecodesToWhereItWasMade() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-01-02T03:04:05Z"), "mdl_abc");
        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @Test
    void aForgedCursorIsABadRequestNamingTheParameter() {
        ApiException refusal = assertThrows(ApiException.class, () -> PageCursor.decode("not*base64"));
        assertEquals(400, refusal.status());
        assertEquals("cursor", refusal.body().error().details().get("field"));
        assertThrows(ApiException.class, () -> PageCursor.decode("bm8tY29sb24"));
    }
}
