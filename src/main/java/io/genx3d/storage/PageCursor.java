package io.genx3d.storage;

import io.genx3d.errors.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a listing continues: the creation time and id of the last item shown, opaque to clients. Keyset
 * pagination (newest first, id as tie-break) keeps pages stable while items are added, unlike offsets.
 */
public record PageCursor(Instant createdAt, String id) {

    public String encode() {
        String text = createdAt.getEpochSecond() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static PageCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new PageCursor(
                    Instant.ofEpochSecond(Long.parseLong(text.substring(0, colon))), text.substring(colon + 1));
        } catch (RuntimeException e) {
            throw ApiException.badField("cursor", "is not a cursor this server issued");
        }
    }
}
