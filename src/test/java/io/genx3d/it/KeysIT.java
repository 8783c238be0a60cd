package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Key management: create (shown once), list, show, revoke, ownership and every validation rule. */
@Tag("postgresql")
class KeysIT extends DeployedApiTest {

    @Test
    void creatingAKeyAnswersItOnceWithEveryDocumentedField() {
        Api.Session session = api.newSession();
        Reply reply = api.createKey(
                session,
                "{\"name\":\"My Application\",\"permissions\":[\"models:read\","
                        + "\"models:write\"],\"expires_at\":\"2099-12-31T23:59:59Z\",\"rate_limit\":500}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject key = reply.json();
        assertEquals(
                Set.of(
                        "id",
                        "key",
                        "name",
                        "prefix",
                        "level",
                        "permissions",
                        "rate_limit",
                        "expires_at",
                        "created_at",
                        "allowed_ips",
                        "replaces"),
                key.keySet());
        assertTrue(key.getString("key").matches("sk-[0-9A-Za-z]{49}"), key.getString("key"));
        assertEquals(key.getString("key").substring(0, 11), key.getString("prefix"));
        assertEquals("My Application", key.getString("name"));
        assertEquals(strings("models:read", "models:write"), key.getJsonArray("permissions"));
        assertEquals(500, key.getInt("rate_limit"));
        assertEquals("2099-12-31T23:59:59Z", key.getString("expires_at"));
        assertTrue(key.isNull("level"), "a custom scope set matches no level");
        assertEquals(api.uri("/api/v1/keys/" + key.getString("id")).toString(), reply.header("Location"));
    }

    @Test
    void theKeyNeverAppearsAgainInListsOrDetails() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"once\"}");
        String key = created.json().getString("key");
        String id = created.json().getString("id");
        Reply list = api.get("/api/v1/keys", bearer(key));
        Reply show = api.get("/api/v1/keys/" + id, bearer(key));
        assertEquals(200, list.status());
        assertEquals(200, show.status());
        for (Reply reply : List.of(list, show, api.get("/api/v1/keys", "Cookie", session.cookie()))) {
            assertFalse(reply.body().contains(key.substring(11)), reply.body());
            assertFalse(reply.body().contains("\"key\""), reply.body());
            assertFalse(reply.body().contains("hash"), reply.body());
        }
        JsonObject shown = show.json();
        assertEquals(
                Set.of(
                        "id",
                        "name",
                        "prefix",
                        "level",
                        "permissions",
                        "rate_limit",
                        "effective_rate_limit",
                        "status",
                        "created_at",
                        "expires_at",
                        "revoked_at",
                        "last_used_at",
                        "last_used_address",
                        "anomaly",
                        "allowed_ips",
                        "expires_soon",
                        "replaces",
                        "replaced_by",
                        "revoked_reason",
                        "leak_url"),
                shown.keySet());
        assertEquals("standard", shown.getString("level"));
        assertEquals("active", shown.getString("status"));
        assertFalse(shown.isNull("last_used_at"), "the key was just used");
    }

    @Test
    void levelsExpandToScopesAndStandardIsTheDefault() {
        Api.Session session = api.newSession();
        JsonObject standard = api.createKey(session, "{\"name\":\"default\"}").json();
        assertEquals("standard", standard.getString("level"));
        assertEquals(
                strings("chat:send", "keys:read", "keys:write", "models:read", "models:write", "usage:read"),
                standard.getJsonArray("permissions"));
        JsonObject readOnly = api.createKey(session, "{\"name\":\"ro\",\"level\":\"read_only\"}")
                .json();
        assertEquals(strings("keys:read", "models:read", "usage:read"), readOnly.getJsonArray("permissions"));
        JsonObject matching = api.createKey(
                        session,
                        "{\"name\":\"explicit\",\"permissions\":[\"models:read\",\"usage:read\",\"keys:read\"]}")
                .json();
        assertEquals("read_only", matching.getString("level"));
    }

    @Test
    void listingShowsOnlyTheCallersKeysNewestFirstWithTheirStatus() {
        Api.Session session = api.newSession();
        String first = api.createKey(session, "{\"name\":\"first\"}").json().getString("id");
        String second = api.createKey(session, "{\"name\":\"second\"}").json().getString("id");
        assertEquals(204, api.delete("/api/v1/keys/" + first, session.headers()).status());
        api.newStandardKey();
        JsonArray keys =
                api.get("/api/v1/keys", "Cookie", session.cookie()).json().getJsonArray("data");
        assertEquals(2, keys.size());
        JsonObject newest = keys.getJsonObject(0);
        JsonObject revoked = keys.getJsonObject(1);
        assertEquals(Set.of(first, second), Set.of(newest.getString("id"), revoked.getString("id")));
        JsonObject firstKey = newest.getString("id").equals(first) ? newest : revoked;
        assertEquals("revoked", firstKey.getString("status"));
        assertFalse(firstKey.isNull("revoked_at"));
    }

    @Test
    void anotherAccountsKeyIsNotFoundForEveryVerb() {
        Reply other = api.createKey(api.newSession(), "{\"name\":\"someone else's\"}");
        String otherId = other.json().getString("id");
        String mine = api.newStandardKey();
        String expected = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"API key not found\",\"details\":{}}}";
        Reply show = api.get("/api/v1/keys/" + otherId, bearer(mine));
        Reply revoke = api.delete("/api/v1/keys/" + otherId, bearer(mine));
        Reply missing = api.get("/api/v1/keys/key_doesnotexist", bearer(mine));
        for (Reply reply : List.of(show, revoke, missing)) {
            assertEquals(404, reply.status());
            assertEquals(expected, reply.body());
        }
        assertEquals(
                200,
                api.get("/api/v1/models", bearer(other.json().getString("key"))).status(),
                "the other account's key still works");
    }

    @Test
    void aKeyCannotMintAKeyWithScopesItDoesNotHold() {
        String limited = api.createKeyValue(
                api.newSession(), "{\"name\":\"minter\",\"permissions\":[\"keys:write\",\"models:read\"]}");
        Reply escalate =
                api.post("/api/v1/keys", "{\"name\":\"stronger\",\"permissions\":[\"models:write\"]}", bearer(limited));
        assertEquals(403, escalate.status());
        assertEquals(
                "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"Insufficient permissions\",\"details\":"
                        + "{\"required\":\"models:write\",\"provided\":\"keys:write models:read\"}}}",
                escalate.body());
        Reply standard = api.post("/api/v1/keys", "{\"name\":\"default is standard\"}", bearer(limited));
        assertEquals(403, standard.status(), "the default level is also checked");
        Reply subset =
                api.post("/api/v1/keys", "{\"name\":\"weaker\",\"permissions\":[\"models:read\"]}", bearer(limited));
        assertEquals(201, subset.status(), subset.body());
        String readOnly = api.createKeyValue(api.newSession(), "{\"name\":\"ro\",\"level\":\"read_only\"}");
        Reply noKeysWrite =
                api.post("/api/v1/keys", "{\"name\":\"x\",\"permissions\":[\"models:read\"]}", bearer(readOnly));
        assertEquals(403, noKeysWrite.status());
        assertEquals("keys:write", noKeysWrite.error().getJsonObject("details").getString("required"));
    }

    @Test
    void theAdminLevelIsRefusedToOrdinaryAccounts() {
        Reply reply = api.createKey(api.newSession(), "{\"name\":\"admin\",\"level\":\"admin\"}");
        assertEquals(403, reply.status());
        assertEquals("users:read", reply.error().getJsonObject("details").getString("required"));
    }

    @Test
    void invalidKeyRequestsAreBadRequestsNamingTheField() {
        Api.Session session = api.newSession();
        String future = Instant.now().plusSeconds(3600).toString();
        Object[][] cases = {
            {"{}", "name"},
            {"{\"name\":\"\"}", "name"},
            {"{\"name\":\"" + "n".repeat(101) + "\"}", "name"},
            {"{\"name\":7}", "name"},
            {"{\"name\":\"x\",\"permissions\":[\"models:fly\"]}", "permissions"},
            {"{\"name\":\"x\",\"permissions\":[]}", "permissions"},
            {"{\"name\":\"x\",\"permissions\":\"models:read\"}", "permissions"},
            {"{\"name\":\"x\",\"permissions\":[\"models:read\"],\"level\":\"standard\"}", "permissions"},
            {"{\"name\":\"x\",\"level\":\"superuser\"}", "level"},
            {"{\"name\":\"x\",\"expires_at\":\"2020-01-01T00:00:00Z\"}", "expires_at"},
            {"{\"name\":\"x\",\"expires_at\":\"next week\"}", "expires_at"},
            {"{\"name\":\"x\",\"expires_at\":\"" + future.substring(0, 19) + "\"}", "expires_at"},
            {"{\"name\":\"x\",\"rate_limit\":-5}", "rate_limit"},
            {"{\"name\":\"x\",\"rate_limit\":0}", "rate_limit"},
            {"{\"name\":\"x\",\"rate_limit\":2.5}", "rate_limit"},
            {"{\"name\":\"x\",\"rate_limit\":\"1000\"}", "rate_limit"},
            {"{\"name\":\"x\",\"rate_limit\":99999999999999999999}", "rate_limit"},
            {"{\"name\":\"x\",\"permision\":[\"models:read\"]}", "permision"},
        };
        for (Object[] testCase : cases) {
            Reply reply = api.createKey(session, (String) testCase[0]);
            assertEquals(400, reply.status(), testCase[0] + " -> " + reply.body());
            assertEquals("BAD_REQUEST", reply.error().getString("code"));
            assertEquals(testCase[1], reply.error().getJsonObject("details").getString("field"), reply.body());
            assertTrue(reply.error().getString("message").startsWith(testCase[1] + " "), reply.body());
        }
        assertEquals(
                0,
                api.get("/api/v1/keys", "Cookie", session.cookie())
                        .json()
                        .getJsonArray("data")
                        .size(),
                "no invalid request created a key");
    }

    @Test
    void revokingIsIdempotentAndImmediate() {
        Api.Session session = api.newSession();
        JsonObject created =
                api.createKey(session, "{\"name\":\"revoke twice\"}").json();
        String path = "/api/v1/keys/" + created.getString("id");
        assertEquals(204, api.delete(path, session.headers()).status());
        assertEquals(204, api.delete(path, session.headers()).status());
        assertEquals(
                "key_revoked",
                api.get("/api/v1/models", bearer(created.getString("key")))
                        .error()
                        .getJsonObject("details")
                        .getString("reason"));
    }

    private static JsonArray strings(String... values) {
        var array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array.build();
    }

    /** Issue 13, point 7: a key minted by a key outlived it (no expiry, and its parent's revocation left it working). */
    @Test
    void aKeyMadeByAKeyExpiresNoLaterAndIsRevokedWithIt() {
        Api.Session session = api.newSession();
        String expiry = Instant.now()
                .plusSeconds(3600)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        JsonObject parent = api.createKey(session, "{\"name\":\"parent\",\"expires_at\":\"" + expiry + "\"}")
                .json();
        Reply child = api.post("/api/v1/keys", "{\"name\":\"child\"}", bearer(parent.getString("key")));
        assertEquals(201, child.status(), child.body());
        assertEquals(expiry, child.json().getString("expires_at"), "capped at its parent's expiry");
        Reply later = api.post(
                "/api/v1/keys",
                "{\"name\":\"later\",\"expires_at\":\"2099-01-01T00:00:00Z\"}",
                bearer(parent.getString("key")));
        assertEquals(expiry, later.json().getString("expires_at"));
        Reply grandchild = api.post(
                "/api/v1/keys", "{\"name\":\"grandchild\"}", bearer(child.json().getString("key")));
        assertEquals(201, grandchild.status(), grandchild.body());
        String unrelated = api.createKeyValue(session, "{\"name\":\"made in the dashboard\"}");

        assertEquals(
                204,
                api.delete("/api/v1/keys/" + parent.getString("id"), session.headers())
                        .status());
        for (Reply made : List.of(child, later, grandchild)) {
            Reply refused = api.get("/api/v1/models", bearer(made.json().getString("key")));
            assertEquals(401, refused.status(), made.json().getString("name"));
            assertEquals("key_revoked", refused.error().getJsonObject("details").getString("reason"));
        }
        assertEquals(200, api.get("/api/v1/models", bearer(unrelated)).status(), "other keys are untouched");
    }
}
