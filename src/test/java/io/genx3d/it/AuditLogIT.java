package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The security log: every event of an account, who did it and from where, filters and pages, an admin's view. */
@Tag("postgresql")
class AuditLogIT extends DeployedApiTest {

    @Test
    void anAccountsSecurityEventsAreListedWithWhoDidWhatFromWhere() {
        String email = Api.uniqueEmail("audited");
        String accountId = api.signUp(email).getString("id");
        api.verifyEmail(MailOutbox.shared(), email);
        api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"wrong password 123\"}");
        Api.Session session = api.logIn(email);
        Reply created = api.createKey(session, "{\"name\":\"audited key\"}");
        String keyId = created.json().getString("id");
        String key = created.json().getString("key");
        api.send("PATCH", "/api/v1/keys/" + keyId, "{\"name\":\"renamed\"}", session.headers());
        api.send("PATCH", "/api/v1/keys/" + keyId, "{\"allowed_ips\":[\"10.0.0.0/8\"]}", session.headers());
        Reply rolled =
                api.send("POST", "/api/v1/keys/" + keyId + "/roll", "{\"grace_period\":\"PT0S\"}", session.headers());
        String successorId = rolled.json().getString("id");
        assertEquals(401, api.get("/api/v1/models", bearer(key)).status());
        api.delete("/api/v1/keys/" + successorId, session.headers());

        Reply listed = api.get("/api/v1/audit-events?limit=100", "Cookie", session.cookie());
        assertEquals(200, listed.status(), listed.body());
        List<JsonObject> events = listed.json().getJsonArray("data").getValuesAs(JsonObject.class);
        Map<String, JsonObject> byType = events.stream()
                .collect(Collectors.toMap(
                        event -> event.getString("type"), Function.identity(), (newer, older) -> newer));
        assertEquals(
                Set.of(
                        "account.signed_up",
                        "account.email_verified",
                        "session.login_failed",
                        "session.login_succeeded",
                        "key.created",
                        "key.renamed",
                        "key.allowlist_changed",
                        "key.rolled",
                        "key.expired_key_refused",
                        "key.revoked"),
                byType.keySet());
        assertTrue(
                events.get(0).getJsonNumber("seq").longValue()
                        > events.get(events.size() - 1).getJsonNumber("seq").longValue(),
                "newest first");

        JsonObject creation = byType.get("key.created");
        assertEquals(accountId, creation.getString("account_id"));
        assertEquals(keyId, creation.getString("target"));
        assertEquals("account", creation.getJsonObject("actor").getString("type"));
        assertEquals(accountId, creation.getJsonObject("actor").getString("account_id"));
        assertTrue(
                creation.getJsonObject("actor").getString("session_id").matches("ses_[0-9a-f]{12}"),
                creation.toString());
        assertEquals(api.clientAddress(), creation.getString("client_address"));
        assertTrue(creation.getString("user_agent").startsWith("Java-http-client"), creation.toString());
        assertTrue(creation.getString("hash").matches("[0-9a-f]{64}"));

        assertEquals(
                successorId, byType.get("key.rolled").getJsonObject("details").getString("successor_id"));
        assertEquals(
                "renamed", byType.get("key.renamed").getJsonObject("details").getString("name"));
        assertEquals(
                "10.0.0.0/8",
                byType.get("key.allowlist_changed")
                        .getJsonObject("details")
                        .getJsonArray("allowed_ips")
                        .getString(0));
        assertEquals("owner", byType.get("key.revoked").getJsonObject("details").getString("reason"));
        assertEquals(successorId, byType.get("key.revoked").getString("target"));
        JsonObject refused = byType.get("key.expired_key_refused");
        assertEquals(keyId, refused.getJsonObject("actor").getString("key_id"));
        assertEquals(
                "anonymous",
                byType.get("session.login_failed").getJsonObject("actor").getString("type"));
        assertFalse(listed.body().contains(key.substring(11)), "never a key");
        assertFalse(listed.body().contains(rolled.json().getString("key").substring(11)), "never a key");
        assertFalse(listed.body().contains("wrong password 123"), "never a password");
        assertFalse(listed.body().contains(Api.PASSWORD), "never a password");
    }

    @Test
    void passwordChangesAndLogoutsAreRecorded() {
        Api.Session session = api.newSession();
        Reply changed = api.send(
                "PUT",
                "/api/v1/sessions/password",
                "{\"current_password\":\"" + Api.PASSWORD + "\",\"new_password\":\"" + Api.PASSWORD + " 2\"}",
                session.headers());
        assertEquals(204, changed.status(), changed.body());
        Set<String> types = types(api.get("/api/v1/audit-events", "Cookie", session.cookie()));
        assertTrue(types.contains("account.password_changed"), types.toString());
        String key = api.createKeyValue(session, "{\"name\":\"reader\",\"permissions\":[\"keys:read\"]}");
        assertEquals(204, api.delete("/api/v1/sessions", session.headers()).status());
        assertTrue(types(api.get("/api/v1/audit-events", bearer(key))).contains("session.logged_out"));
    }

    @Test
    void theLogIsFilteredByTypeAndTimeAndPagedWithACursor() {
        Api.Session session = api.newSession();
        for (int i = 0; i < 5; i++) {
            api.createKey(session, "{\"name\":\"k" + i + "\"}");
        }
        Set<String> seen = new HashSet<>();
        List<String> pages = new ArrayList<>();
        String cursor = "";
        do {
            Reply page = api.get(
                    "/api/v1/audit-events?type=key.created&limit=2&cursor=" + cursor, "Cookie", session.cookie());
            assertEquals(200, page.status(), page.body());
            for (JsonObject event : page.json().getJsonArray("data").getValuesAs(JsonObject.class)) {
                assertEquals("key.created", event.getString("type"));
                assertTrue(seen.add(event.getString("id")), "no event on two pages");
            }
            pages.add(page.body());
            cursor = page.json().isNull("next_cursor") ? null : page.json().getString("next_cursor");
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages.size());

        assertEquals(
                0,
                data(api.get("/api/v1/audit-events?to=2020-01-01T00:00:00Z", "Cookie", session.cookie()))
                        .size());
        assertEquals(
                0,
                data(api.get("/api/v1/audit-events?from=2099-01-01T00:00:00Z", "Cookie", session.cookie()))
                        .size());
        assertTrue(data(api.get("/api/v1/audit-events?from=2020-01-01T00:00:00Z", "Cookie", session.cookie()))
                        .size()
                >= 7);
        for (String bad : List.of(
                "type=key.exploded",
                "cursor=nonsense",
                "limit=0",
                "from=yesterday",
                "from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z")) {
            Reply reply = api.get("/api/v1/audit-events?" + bad, "Cookie", session.cookie());
            assertEquals(400, reply.status(), bad + ": " + reply.body());
            assertNotNull(reply.error().getJsonObject("details").getString("field"));
        }
    }

    @Test
    void onlyTheAccountsOwnEventsAndOnlyWithKeysRead() {
        Api.Session mine = api.newSession();
        Api.Session theirs = api.newSession();
        api.createKey(theirs, "{\"name\":\"not yours\"}");
        Reply listed = api.get("/api/v1/audit-events?type=key.created", "Cookie", mine.cookie());
        assertEquals(0, data(listed).size(), listed.body());
        String chatOnly = api.createKeyValue(mine, "{\"name\":\"chat\",\"permissions\":[\"chat:send\"]}");
        assertEquals(403, api.get("/api/v1/audit-events", bearer(chatOnly)).status());
        assertEquals(401, api.get("/api/v1/audit-events").status());
    }

    @Test
    void anAdminReadsAnyonesLogAndVerifiesTheChain() {
        String adminKey = adminKey();
        Api.Session user = api.newSession();
        String userId = api.get("/api/v1/sessions", "Cookie", user.cookie())
                .json()
                .getJsonObject("account")
                .getString("id");
        api.createKey(user, "{\"name\":\"seen by the admin\"}");
        Reply theirs = api.get("/api/v1/users/" + userId + "/audit-events?type=key.created", bearer(adminKey));
        assertEquals(200, theirs.status(), theirs.body());
        assertEquals(1, data(theirs).size());
        assertEquals(
                404,
                api.get("/api/v1/users/acct_none/audit-events", bearer(adminKey))
                        .status());
        String standard = api.createKeyValue(user, "{\"name\":\"standard\"}");
        assertEquals(
                403,
                api.get("/api/v1/users/" + userId + "/audit-events", bearer(standard))
                        .status());

        Reply verification = api.get("/api/v1/audit-events/verification", bearer(adminKey));
        assertEquals(200, verification.status(), verification.body());
        assertTrue(verification.json().getBoolean("valid"), verification.body());
        assertTrue(verification.json().getJsonNumber("events_checked").longValue() > 0);
        assertTrue(verification.json().isNull("first_broken"));
        assertEquals(
                403,
                api.get("/api/v1/audit-events/verification", bearer(standard)).status());
    }

    private static String adminKey;

    /** The shared server lists audit-admin@genx3d.test among its admins (see the pom). */
    private String adminKey() {
        if (adminKey == null) {
            adminKey = api.newAdminKey("audit-admin@genx3d.test");
        }
        return adminKey;
    }

    private static List<JsonObject> data(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    private static Set<String> types(Reply reply) {
        return data(reply).stream().map(event -> event.getString("type")).collect(Collectors.toSet());
    }
}
