package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.json.JsonMapping;
import jakarta.json.bind.Jsonb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's key answers exactly the fields it always did; only a project key names its project and maker. */
class KeyViewJsonTest {

    private final Jsonb json = new JsonMapping().getContext(KeyView.class);

    private static KeyView view(String projectId, KeyCreator createdBy) {
        Instant now = Instant.parse("2026-12-08T00:00:00Z");
        return new KeyView(
                "key_1",
                "k",
                "sk-abc",
                "standard",
                List.of("models:read"),
                null,
                1000,
                "active",
                now,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                false,
                null,
                null,
                null,
                null,
                projectId,
                createdBy);
    }

    @Test
    void aPersonsKeyHasNoProjectFields() {
        String written = json.toJson(view(null, null));
        assertTrue(written.contains("\"revoked_at\":null"), "other nulls are still written: " + written);
        assertFalse(written.contains("project_id"), written);
        assertFalse(written.contains("created_by"), written);
    }

    @Test
    void aProjectKeyNamesItsProjectAndMaker() {
        String written = json.toJson(view("proj_1", new KeyCreator("acct_1", "Ann", "ann@example.com")));
        assertTrue(written.contains("\"project_id\":\"proj_1\""), written);
        assertTrue(written.contains("\"created_by\":{"), written);
    }
}
