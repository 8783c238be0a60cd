package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the scope catalogue is public, as the OpenAPI document that lists it is; a key sent along is still an
 * API call (checked, limited, answered with the rate-limit headers), so the same request with and without a key
 * measures exactly what authentication costs.
 */
@Tag("postgresql")
class ScopeCatalogueIT extends DeployedApiTest {

    @Test
    void anyoneReadsTheCatalogueAndAKeyGetsTheSameBodyAsAnApiCall() {
        Reply open = api.get("/api/v1/scopes");
        assertEquals(200, open.status(), open.body());
        assertNull(open.header("X-RateLimit-Limit"), "no caller, no limit to show");

        String key = api.newStandardKey();
        Reply first = api.get("/api/v1/scopes", bearer(key));
        Reply second = api.get("/api/v1/scopes", bearer(key));
        assertEquals(200, first.status(), first.body());
        assertEquals(open.body(), first.body());
        assertNotNull(first.header("X-RateLimit-Limit"));
        assertEquals(
                Long.parseLong(first.header("X-RateLimit-Remaining")) - 1,
                Long.parseLong(second.header("X-RateLimit-Remaining")),
                "each call with a key is counted");
    }

    @Test
    void aKeySentAlongMustBeGood() {
        Reply unknown = api.get("/api/v1/scopes", bearer("sk-" + "0".repeat(49)));
        assertEquals(401, unknown.status(), unknown.body());
        assertEquals("UNAUTHORIZED", unknown.error().getString("code"));

        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"revoked for the catalogue\"}");
        api.delete("/api/v1/keys/" + created.json().getString("id"), session.headers());
        Reply revoked = api.get("/api/v1/scopes", bearer(created.json().getString("key")));
        assertEquals(401, revoked.status(), revoked.body());
        assertEquals("key_revoked", revoked.error().getJsonObject("details").getString("reason"));
    }

    @Test
    void onlyReadingIsOpen() {
        Reply post = api.post("/api/v1/scopes", "{}");
        assertEquals(401, post.status(), post.body());
        assertEquals("missing_key", post.error().getJsonObject("details").getString("reason"));
    }
}
