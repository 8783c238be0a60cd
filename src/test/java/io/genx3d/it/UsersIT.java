package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roles, suspension, plan ceilings and admin key revocation: the permission model nobody can climb out of. */
class UsersIT extends DeployedApiTest {

    private static String adminKey;
    private static String adminId;

    @BeforeEach
    void anAdmin() {
        if (adminKey == null) {
            api.signUp("users-admin@genx3d.test");
            JsonObject admin = api.verifyEmail(MailOutbox.shared(), "users-admin@genx3d.test");
            assertEquals("admin", admin.getString("role"));
            adminId = admin.getString("id");
            adminKey =
                    api.createKeyValue(api.logIn("users-admin@genx3d.test"), "{\"name\":\"root\",\"level\":\"admin\"}");
        }
    }

    @Test
    void theScopeCatalogueListsEveryScopeAndLevel() {
        JsonObject catalogue =
                api.get("/api/v1/scopes", bearer(api.newStandardKey())).json();
        List<String> names = catalogue.getJsonArray("scopes").getValuesAs(JsonObject.class).stream()
                .map(scope -> scope.getString("name"))
                .toList();
        assertEquals(
                List.of(
                        "models:read",
                        "models:write",
                        "chat:send",
                        "keys:read",
                        "keys:write",
                        "usage:read",
                        "users:read",
                        "users:write"),
                names);
        JsonObject usersWrite = catalogue.getJsonArray("scopes").getJsonObject(7);
        assertTrue(usersWrite.getBoolean("admin_only"));
        assertFalse(catalogue.getJsonArray("scopes").getJsonObject(0).getBoolean("admin_only"));
        JsonArray levels = catalogue.getJsonArray("levels");
        assertEquals("read_only", levels.getJsonObject(0).getString("name"));
        assertEquals("Can only read data and models", levels.getJsonObject(0).getString("description"));
        assertEquals(strings(levels.getJsonObject(0)), List.of("keys:read", "models:read", "usage:read"));
        assertEquals(8, strings(levels.getJsonObject(2)).size());
    }

    @Test
    void ordinaryAccountsCannotObtainUserManagementScopes() {
        Api.Session user = api.newSession();
        Reply scope = api.createKey(user, "{\"name\":\"x\",\"permissions\":[\"models:read\",\"users:write\"]}");
        assertEquals(403, scope.status());
        assertEquals("users:write", details(scope).getString("required"));
        Reply level = api.createKey(user, "{\"name\":\"x\",\"level\":\"admin\"}");
        assertEquals(403, level.status());
        assertEquals("users:read", details(level).getString("required"));
        assertEquals(
                "chat:send keys:read keys:write models:read models:write usage:read",
                details(level).getString("provided"));
    }

    @Test
    void anAdminKeyReportsItsLevelAndAllScopes() {
        JsonObject key = api.get("/api/v1/keys", bearer(adminKey))
                .json()
                .getJsonArray("data")
                .getJsonObject(0);
        assertEquals("admin", key.getString("level"));
        assertEquals(8, key.getJsonArray("permissions").size());
    }

    @Test
    void usersAreListedNewestFirstFilteredByEmailAndPaged() {
        String marker = "find" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, api.signUp(marker + "-" + i + "@example.com").getString("id"));
        }
        JsonObject first = api.get("/api/v1/users?limit=2&email=" + marker.toUpperCase(), bearer(adminKey))
                .json();
        assertEquals(2, first.getJsonArray("data").size());
        JsonObject second = api.get(
                        "/api/v1/users?limit=2&email=" + marker + "&cursor=" + first.getString("next_cursor"),
                        bearer(adminKey))
                .json();
        assertEquals(1, second.getJsonArray("data").size());
        assertTrue(second.isNull("next_cursor"));
        Set<String> found = Set.of(
                first.getJsonArray("data").getJsonObject(0).getString("id"),
                first.getJsonArray("data").getJsonObject(1).getString("id"),
                second.getJsonArray("data").getJsonObject(0).getString("id"));
        assertEquals(Set.copyOf(ids), found);
        JsonObject user = first.getJsonArray("data").getJsonObject(0);
        assertEquals(Set.of("id", "email", "name", "role", "status", "max_rate_limit", "created_at"), user.keySet());
        assertEquals("active", user.getString("status"));
        assertEquals(
                0,
                api.get("/api/v1/users?email=%25" + marker, bearer(adminKey))
                        .json()
                        .getJsonArray("data")
                        .size(),
                "% in the filter is a literal, not a wildcard");
    }

    @Test
    void userChangesAreValidatedNamingTheField() {
        String id = api.signUp(Api.uniqueEmail("target")).getString("id");
        Object[][] cases = {
            {"{}", "role"},
            {"{\"role\":\"root\"}", "role"},
            {"{\"status\":\"banned\"}", "status"},
            {"{\"max_rate_limit\":0}", "max_rate_limit"},
            {"{\"max_rate_limit\":\"lots\"}", "max_rate_limit"},
            {"{\"plan\":\"gold\"}", "plan"},
        };
        for (Object[] testCase : cases) {
            Reply reply = api.send("PATCH", "/api/v1/users/" + id, (String) testCase[0], bearer(adminKey));
            assertEquals(400, reply.status(), testCase[0] + " -> " + reply.body());
            assertEquals(testCase[1], details(reply).getString("field"));
        }
        assertEquals(
                404,
                api.send("PATCH", "/api/v1/users/acct_nobody", "{\"status\":\"active\"}", bearer(adminKey))
                        .status());
        assertEquals(404, api.get("/api/v1/users/acct_nobody", bearer(adminKey)).status());
    }

    @Test
    void aSuspendedAccountIsLockedOutUntilReactivatedAndRevokedKeysStayRevoked() {
        String email = Api.uniqueEmail("suspend");
        String id = api.signUp(email).getString("id");
        Api.Session session = api.logIn(email);
        String key = api.createKeyValue(session, "{\"name\":\"kept\"}");
        JsonObject revoked = api.createKey(session, "{\"name\":\"revoked\"}").json();
        assertEquals(
                204,
                api.delete("/api/v1/keys/" + revoked.getString("id"), bearer(key))
                        .status());

        Reply suspended = api.send("PATCH", "/api/v1/users/" + id, "{\"status\":\"suspended\"}", bearer(adminKey));
        assertEquals("suspended", suspended.json().getString("status"));
        String expected = "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Account suspended\","
                + "\"details\":{\"reason\":\"account_suspended\"}}}";
        assertEquals(expected, api.get("/api/v1/models", bearer(key)).body());
        assertEquals(
                expected, api.get("/api/v1/keys", "Cookie", session.cookie()).body());
        // Issue 13: a suspended account's login answers exactly like a wrong password (it said "Account suspended").
        Reply login =
                api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        Reply wrongPassword =
                api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"not the password at all\"}");
        assertEquals(401, login.status());
        assertEquals(wrongPassword.body(), login.body());
        assertEquals(wrongPassword.header("WWW-Authenticate"), login.header("WWW-Authenticate"));
        assertEquals("invalid_credentials", details(login).getString("reason"));

        api.send("PATCH", "/api/v1/users/" + id, "{\"status\":\"active\"}", bearer(adminKey));
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(200, api.get("/api/v1/keys", "Cookie", session.cookie()).status());
        assertEquals(
                "key_revoked",
                details(api.get("/api/v1/models", bearer(revoked.getString("key"))))
                        .getString("reason"));
    }

    @Test
    void demotingAnAdminTakesUserManagementFromTheirKeysOnTheNextRequest() {
        api.signUp("users-admin2@genx3d.test");
        JsonObject second = api.verifyEmail(MailOutbox.shared(), "users-admin2@genx3d.test");
        String secondKey =
                api.createKeyValue(api.logIn("users-admin2@genx3d.test"), "{\"name\":\"a2\",\"level\":\"admin\"}");
        assertEquals(200, api.get("/api/v1/users", bearer(secondKey)).status());
        Reply demoted =
                api.send("PATCH", "/api/v1/users/" + second.getString("id"), "{\"role\":\"user\"}", bearer(adminKey));
        assertEquals("user", demoted.json().getString("role"));
        Reply refused = api.get("/api/v1/users", bearer(secondKey));
        assertEquals(403, refused.status());
        assertEquals(
                "chat:send keys:read keys:write models:read models:write usage:read",
                details(refused).getString("provided"));
        assertEquals(200, api.get("/api/v1/models", bearer(secondKey)).status(), "the rest of the key still works");
        JsonObject key = api.get("/api/v1/keys", bearer(secondKey))
                .json()
                .getJsonArray("data")
                .getJsonObject(0);
        assertEquals("admin", key.getString("level"), "the key keeps its grant; the role narrows what it can use");
    }

    @Test
    void theLastActiveAdminCannotDemoteOrSuspendThemselves() {
        for (JsonObject user : allUsers()) {
            boolean otherActiveAdmin = user.getString("role").equals("admin")
                    && !user.getString("id").equals(adminId)
                    && user.getString("status").equals("active");
            if (otherActiveAdmin) {
                assertEquals(
                        200,
                        api.send(
                                        "PATCH",
                                        "/api/v1/users/" + user.getString("id"),
                                        "{\"role\":\"user\"}",
                                        bearer(adminKey))
                                .status());
            }
        }
        for (String change : List.of("{\"role\":\"user\"}", "{\"status\":\"suspended\"}")) {
            Reply refused = api.send("PATCH", "/api/v1/users/" + adminId, change, bearer(adminKey));
            assertEquals(409, refused.status(), refused.body());
            assertEquals(
                    "{\"error\":{\"code\":\"CONFLICT\",\"message\":\"This change would leave no active admin\","
                            + "\"details\":{\"reason\":\"last_active_admin\"}}}",
                    refused.body());
        }
        assertEquals(
                200,
                api.send("PATCH", "/api/v1/users/" + adminId, "{\"max_rate_limit\":5000}", bearer(adminKey))
                        .status(),
                "other changes to the last admin are fine");
        String successor = api.signUp(Api.uniqueEmail("successor")).getString("id");
        assertEquals(
                200,
                api.send("PATCH", "/api/v1/users/" + successor, "{\"role\":\"admin\"}", bearer(adminKey))
                        .status());
        assertEquals(200, api.get("/api/v1/users/" + adminId, bearer(adminKey)).status());
    }

    @Test
    void anAdminRevokesAnotherAccountsKeyAtOnce() {
        String email = Api.uniqueEmail("compromised");
        String id = api.signUp(email).getString("id");
        Reply created = api.createKey(api.logIn(email), "{\"name\":\"leaked\"}");
        String key = created.json().getString("key");
        String keyId = created.json().getString("id");
        JsonArray keys = api.get("/api/v1/users/" + id + "/keys", bearer(adminKey))
                .json()
                .getJsonArray("data");
        assertEquals(keyId, keys.getJsonObject(0).getString("id"));
        assertFalse(keys.toString().contains(key.substring(11)));
        String strangerId = api.signUp(Api.uniqueEmail("stranger")).getString("id");
        assertEquals(
                404,
                api.delete("/api/v1/users/" + strangerId + "/keys/" + keyId, bearer(adminKey))
                        .status(),
                "a key is only found under its own account");
        assertEquals(
                204,
                api.delete("/api/v1/users/" + id + "/keys/" + keyId, bearer(adminKey))
                        .status());
        assertEquals(
                "key_revoked", details(api.get("/api/v1/models", bearer(key))).getString("reason"));
    }

    @Test
    void aKeyCannotGrantMoreThanItsOwnRateLimitNorTheAccountsPlan() {
        String email = Api.uniqueEmail("plan");
        String id = api.signUp(email).getString("id");
        Api.Session session = api.logIn(email);
        Reply overPlan = api.createKey(session, "{\"name\":\"big\",\"rate_limit\":2000}");
        assertEquals(403, overPlan.status());
        assertEquals("rate_limit", details(overPlan).getString("field"));
        assertEquals(1000, details(overPlan).getInt("max"));

        String limited = api.createKeyValue(session, "{\"name\":\"500\",\"rate_limit\":500}");
        assertEquals(
                403,
                api.post("/api/v1/keys", "{\"name\":\"more\",\"rate_limit\":501}", bearer(limited))
                        .status());
        assertEquals(
                500,
                api.post("/api/v1/keys", "{\"name\":\"same\",\"rate_limit\":500}", bearer(limited))
                        .json()
                        .getInt("rate_limit"));
        assertEquals(
                500,
                api.post("/api/v1/keys", "{\"name\":\"default\"}", bearer(limited))
                        .json()
                        .getInt("rate_limit"),
                "a key without a limit inherits its creator's lower limit");

        JsonObject upgraded = api.send("PATCH", "/api/v1/users/" + id, "{\"max_rate_limit\":5000}", bearer(adminKey))
                .json();
        assertEquals(5000, upgraded.getInt("max_rate_limit"));
        assertEquals(
                201,
                api.createKey(session, "{\"name\":\"big\",\"rate_limit\":2000}").status());
        JsonObject reset = api.send("PATCH", "/api/v1/users/" + id, "{\"max_rate_limit\":null}", bearer(adminKey))
                .json();
        assertTrue(reset.isNull("max_rate_limit"));
    }

    private List<JsonObject> allUsers() {
        List<JsonObject> users = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = api.get(
                            "/api/v1/users?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), bearer(adminKey))
                    .json();
            users.addAll(page.getJsonArray("data").getValuesAs(JsonObject.class));
            cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
        } while (cursor != null);
        return users;
    }

    private static JsonObject details(Reply reply) {
        return reply.error().getJsonObject("details");
    }

    private static List<String> strings(JsonObject level) {
        return level.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
