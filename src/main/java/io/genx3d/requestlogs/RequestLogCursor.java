package io.genx3d.requestlogs;

import io.genx3d.errors.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a listing of request logs continues: the time (to the millisecond, as stored) and id of the last entry shown,
 * opaque to clients. Keyset pagination: a page costs the same on the first page as deep into a million entries, and
 * entries written meanwhile do not shift it.
 */
record RequestLogCursor(Instant time, String id) {

    private static final String PREFIX = "r:";

    String encode() {
        String text = PREFIX + time.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static RequestLogCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':', PREFIX.length());
            if (!text.startsWith(PREFIX) || colon < 0) {
                throw new IllegalArgumentException(text);
            }
            return new RequestLogCursor(
                    Instant.ofEpochMilli(Long.parseLong(text.substring(PREFIX.length(), colon))),
                    text.substring(colon + 1));
        } catch (RuntimeException e) {
            throw ApiException.badField("cursor", "is not a cursor this server issued");
        }
    }
}
