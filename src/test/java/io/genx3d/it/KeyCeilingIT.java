package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a key may do to keys (the second attacker's findings 1, 3, 4 and 5): a key never creates, rolls or changes a key
 * into something stronger than itself — in scopes, limit, expiry or addresses — and the keys a key made never outlive
 * the line they answer to.
 */
@Tag("postgresql")
class KeyCeilingIT extends DeployedApiTest {

    private static final String STANDARD = "\"permissions\":[\"models:read\",\"models:write\",\"chat:send\","
            + "\"keys:read\",\"keys:write\",\"usage:read\"]";

    @Test
    void finding1_aRollMadeWithAKeyExpiresNoLaterThanThatKey() {
        Api.Session session = api.newSession();
        JsonObject lasting =
                api.createKey(session, "{\"name\":\"P\"," + STANDARD + "}").json();
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonObject shortLived = api.createKey(
                        session, "{\"name\":\"C\"," + STANDARD + ",\"expires_at\":\"" + inAnHour + "\"}")
                .json();
        String shortKey = shortLived.getString("key");

        Reply rolledSibling = roll(shortKey, lasting.getString("id"), "P7D");
        assertEquals(201, rolledSibling.status(), rolledSibling.body());
        assertFalse(rolledSibling.json().isNull("expires_at"), "the successor may not outlive the key that rolled it");
        assertFalse(expiry(rolledSibling.json()).isAfter(inAnHour), rolledSibling.body());

        Reply selfRolled = roll(shortKey, shortLived.getString("id"), "P7D");
        assertEquals(201, selfRolled.status(), selfRolled.body());
        assertFalse(expiry(selfRolled.json()).isAfter(inAnHour), "a key rolling itself keeps its end: " + selfRolled);
        JsonObject successor = selfRolled.json();
        Reply rolledAgain = roll(successor.getString("key"), successor.getString("id"), "P7D");
        assertEquals(201, rolledAgain.status(), rolledAgain.body());
        assertFalse(expiry(rolledAgain.json()).isAfter(inAnHour), "and again: " + rolledAgain.body());
    }

    @Test
    void finding1_aRollMadeWithAKeyObeysItsScopesAndLimit() {
        Api.Session session = api.newSession();
        String strongId = api.createKey(session, "{\"name\":\"strong\"," + STANDARD + "}")
                .json()
                .getString("id");
        String limited = api.createKeyValue(session, "{\"name\":\"limited\"," + STANDARD + ",\"rate_limit\":5}");
        Reply overLimit = roll(limited, strongId, "PT1H");
        assertEquals(403, overLimit.status(), "the default limit is above the caller's 5: " + overLimit.body());
        assertEquals("rate_limit", overLimit.error().getJsonObject("details").getString("field"));
    }

    @Test
    void finding3_aKeyRestrictedToAddressesHandsItsListOnAndCannotWidenIt() {
        Api.Session session = api.newSession();
        Api elsewhere = api.asNewClient();
        Reply restricted = api.createKey(
                session, "{\"name\":\"R\"," + STANDARD + ",\"allowed_ips\":[\"" + api.clientAddress() + "\"]}");
        String key = restricted.json().getString("key");
        String id = restricted.json().getString("id");

        Reply child = api.post("/api/v1/keys", "{\"name\":\"child\"}", bearer(key));
        assertEquals(201, child.status(), child.body());
        assertEquals(List.of(api.clientAddress()), allowedIps(child.json()), "the child inherits R's allowlist");
        assertEquals(
                403,
                elsewhere
                        .get("/api/v1/models", bearer(child.json().getString("key")))
                        .status());

        for (String wider :
                List.of("[]", "null", "[\"0.0.0.0/0\"]", "[\"" + api.clientAddress() + "\",\"192.0.2.1\"]")) {
            Reply widerChild =
                    api.post("/api/v1/keys", "{\"name\":\"wide child\",\"allowed_ips\":" + wider + "}", bearer(key));
            assertEquals(403, widerChild.status(), wider + ": " + widerChild.body());
            assertEquals(
                    "allowed_ips", widerChild.error().getJsonObject("details").getString("field"));
            Reply widened = api.send("PATCH", "/api/v1/keys/" + id, "{\"allowed_ips\":" + wider + "}", bearer(key));
            assertEquals(403, widened.status(), "R widening its own list to " + wider + ": " + widened.body());
        }
        assertEquals(403, elsewhere.get("/api/v1/models", bearer(key)).status(), "R is still held to its address");
        Reply same = api.send("PATCH", "/api/v1/keys/" + id, "{\"name\":\"R2\"}", bearer(key));
        assertEquals(200, same.status(), "renaming needs no wider list: " + same.body());
    }

    @Test
    void finding4_patchAndRevokeWithAKeyNeedEveryScopeOfTheTarget() {
        Api.Session session = api.newSession();
        JsonObject strong =
                api.createKey(session, "{\"name\":\"strong\"," + STANDARD + "}").json();
        String keysOnly =
                api.createKeyValue(session, "{\"name\":\"keys only\",\"permissions\":[\"keys:read\",\"keys:write\"]}");
        String strongId = strong.getString("id");

        assertEquals(403, roll(keysOnly, strongId, "PT1H").status(), "as before: no roll of a stronger key");
        Reply patched =
                api.send("PATCH", "/api/v1/keys/" + strongId, "{\"allowed_ips\":[\"192.0.2.1\"]}", bearer(keysOnly));
        assertEquals(403, patched.status(), patched.body());
        assertEquals("FORBIDDEN", patched.error().getString("code"));
        Reply renamed = api.send("PATCH", "/api/v1/keys/" + strongId, "{\"name\":\"mine now\"}", bearer(keysOnly));
        assertEquals(403, renamed.status(), renamed.body());
        Reply revoked = api.delete("/api/v1/keys/" + strongId, bearer(keysOnly));
        assertEquals(403, revoked.status(), revoked.body());
        assertEquals(
                200, api.get("/api/v1/models", bearer(strong.getString("key"))).status(), "untouched");

        String weakId = api.createKey(session, "{\"name\":\"weak\",\"permissions\":[\"keys:read\"]}")
                .json()
                .getString("id");
        assertEquals(
                200,
                api.send("PATCH", "/api/v1/keys/" + weakId, "{\"name\":\"renamed\"}", bearer(keysOnly))
                        .status(),
                "a key it holds every scope of");
        assertEquals(204, api.delete("/api/v1/keys/" + weakId, bearer(keysOnly)).status());
        assertEquals(
                204,
                api.delete("/api/v1/keys/" + strongId, session.headers()).status(),
                "the owner's session still manages every key");
    }

    @Test
    void finding4_aStandardKeyCannotChangeOrRevokeAnAdminKeyOfItsAccount() {
        String adminKey = api.newAdminKey("ceiling-admin@genx3d.test");
        String adminKeyId = api.get("/api/v1/keys", bearer(adminKey))
                .json()
                .getJsonArray("data")
                .getJsonObject(0)
                .getString("id");
        String standard = api.post("/api/v1/keys", "{\"name\":\"standard\",\"level\":\"standard\"}", bearer(adminKey))
                .json()
                .getString("key");
        Reply patched =
                api.send("PATCH", "/api/v1/keys/" + adminKeyId, "{\"allowed_ips\":[\"192.0.2.1\"]}", bearer(standard));
        assertEquals(403, patched.status(), patched.body());
        assertEquals(
                403, api.delete("/api/v1/keys/" + adminKeyId, bearer(standard)).status());
        assertEquals(200, api.get("/api/v1/users", bearer(adminKey)).status(), "the admin key still works");
    }

    @Test
    void finding5_theKeysARolledKeyMadePassToItsSuccessorAndEndWithIt() {
        Api.Session session = api.newSession();
        JsonObject parent =
                api.createKey(session, "{\"name\":\"P\"," + STANDARD + "}").json();
        JsonObject child = api.post(
                        "/api/v1/keys", "{\"name\":\"C\",\"level\":\"read_only\"}", bearer(parent.getString("key")))
                .json();
        String childKey = child.getString("key");

        Reply rolled = api.post(
                "/api/v1/keys/" + parent.getString("id") + "/roll", "{\"grace_period\":\"PT0S\"}", session.headers());
        assertEquals(201, rolled.status(), rolled.body());
        assertEquals(
                401, api.get("/api/v1/models", bearer(parent.getString("key"))).status(), "P ended");
        assertEquals(200, api.get("/api/v1/models", bearer(childKey)).status(), "C passed to the successor");

        String successorId = rolled.json().getString("id");
        assertEquals(
                204,
                api.delete("/api/v1/keys/" + successorId, session.headers()).status());
        Reply afterRevocation = api.get("/api/v1/models", bearer(childKey));
        assertEquals(401, afterRevocation.status(), "C ends with the key it answers to: " + afterRevocation.body());
        JsonObject shown = api.get("/api/v1/keys/" + child.getString("id"), session.headers())
                .json();
        assertEquals("cascade", shown.getString("revoked_reason"));
    }

    @Test
    void finding5_aChildNeverOutlivesTheSuccessorItPassesTo() {
        Api.Session session = api.newSession();
        JsonObject parent =
                api.createKey(session, "{\"name\":\"P\"," + STANDARD + "}").json();
        String parentKey = parent.getString("key");
        JsonObject child = api.post("/api/v1/keys", "{\"name\":\"C\",\"level\":\"read_only\"}", bearer(parentKey))
                .json();
        assertTrue(child.isNull("expires_at"));
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String shortLived =
                api.createKeyValue(session, "{\"name\":\"S\"," + STANDARD + ",\"expires_at\":\"" + inAnHour + "\"}");

        Reply rolled = roll(shortLived, parent.getString("id"), "PT0S");
        assertEquals(201, rolled.status(), rolled.body());
        JsonObject shown = api.get("/api/v1/keys/" + child.getString("id"), session.headers())
                .json();
        assertFalse(shown.isNull("expires_at"), shown.toString());
        assertFalse(expiry(shown).isAfter(expiry(rolled.json())), shown + " outlives " + rolled.body());
    }

    private Reply roll(String key, String id, String grace) {
        return api.post("/api/v1/keys/" + id + "/roll", "{\"grace_period\":\"" + grace + "\"}", bearer(key));
    }

    private static Instant expiry(JsonObject key) {
        return Instant.parse(key.getString("expires_at"));
    }

    private static List<String> allowedIps(JsonObject key) {
        return key.getJsonArray("allowed_ips").getValuesAs(JsonString::getString);
    }
}
