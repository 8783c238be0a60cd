package io.genx3d.audit;

import io.genx3d.errors.ApiException;
import io.genx3d.storage.PageSize;
import io.genx3d.validation.QueryInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An account's audit events as the API lists them, for its owner ({@code GET /audit-events}) and for an admin
 * ({@code GET /users/{id}/audit-events}) alike: the query parameters checked, the cursor opaque.
 */
@ApplicationScoped
public class AuditListing {

    @Inject
    AuditEvents events;

    public AuditEventPage page(String accountId, AuditQuery query) {
        AuditEvents.AuditFilter filter = AuditEvents.AuditFilter.parse(
                query.type,
                QueryInstants.parse("from", query.from).orElse(null),
                QueryInstants.parse("to", query.to).orElse(null));
        int size = PageSize.parse(query.limit);
        List<AuditEvent> found = events.page(filter, accountId, decode(query.cursor), size);
        List<AuditEventView> page =
                found.stream().limit(size).map(AuditEventView::of).toList();
        String next = found.size() > size ? encode(page.get(page.size() - 1).seq()) : null;
        return new AuditEventPage(page, next);
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("a:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(2));
        } catch (RuntimeException e) {
            throw ApiException.badField("cursor", "is not a cursor this server issued");
        }
    }
}
