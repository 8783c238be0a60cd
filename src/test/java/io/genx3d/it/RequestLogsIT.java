package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Request logs: every API answer of an account, found by its {@code X-Request-Id}, filtered and paged, never holding
 * the key or a query string, and only ever the caller's own.
 */
@Tag("postgresql")
class RequestLogsIT extends DeployedApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void aKeysRequestsAreLoggedNewestFirstUnderTheirRequestIdsWithoutTheKeyOrTheQuery() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"logged\"}").json();
        String key = created.getString("key");
        String keyId = created.getString("id");
        String[] asAgent = {"Authorization", "Bearer " + key, "User-Agent", "genx3d-test/1.0 (logs)"};

        Reply badLimit = api.get("/api/v1/models?limit=0&token=secret-in-query", asAgent);
        Reply missing = api.get("/api/v1/models/mdl_none", asAgent);
        Reply listed = api.get("/api/v1/models", asAgent);
        assertEquals(List.of(400, 404, 200), List.of(badLimit.status(), missing.status(), listed.status()));
        List<String> ids =
                List.of(badLimit.header("X-Request-Id"), missing.header("X-Request-Id"), listed.header("X-Request-Id"));
        ids.forEach(id -> assertTrue(id != null && id.startsWith("req_"), "X-Request-Id on every answer: " + id));

        Reply page = until(
                "/api/v1/request-logs?key_id=" + keyId,
                session,
                reply -> entries(reply).size() == 3);
        assertNull(ContractCheck.problems("GET", "/api/v1/request-logs", page), page.body());
        List<JsonObject> logged = entries(page);
        assertEquals(
                List.of(ids.get(2), ids.get(1), ids.get(0)),
                logged.stream().map(e -> e.getString("id")).toList());

        JsonObject first = logged.get(2);
        assertEquals(keyId, first.getString("key_id"));
        assertEquals("GET", first.getString("method"));
        assertEquals("/api/v1/models", first.getString("path"));
        assertEquals(400, first.getInt("status"));
        assertEquals(badLimit.error().getString("code"), first.getString("error_code"));
        assertEquals(api.clientAddress(), first.getString("client_address"));
        assertEquals("genx3d-test/1.0 (logs)", first.getString("user_agent"));
        assertTrue(first.getJsonNumber("duration_ms").doubleValue() >= 0);
        assertEquals("NOT_FOUND", logged.get(1).getString("error_code"));
        assertTrue(logged.get(0).isNull("error_code"));
        assertEquals("/api/v1/models/mdl_none", logged.get(1).getString("path"));
        assertFalse(page.body().contains(key), "never the key");
        assertFalse(page.body().contains(key.substring(0, 12)), "not even its start");
        assertFalse(page.body().contains("secret-in-query"), "never the query string");

        Reply one = api.get("/api/v1/request-logs/" + ids.get(1), "Cookie", session.cookie());
        assertEquals(200, one.status(), one.body());
        assertNull(ContractCheck.problems("GET", "/api/v1/request-logs/" + ids.get(1), one), one.body());
        assertEquals(logged.get(1), one.json());
    }

    @Test
    void anotherAccountsEntriesAndKeysAreNotFound() {
        Api.Session owner = api.newSession();
        JsonObject created = api.createKey(owner, "{\"name\":\"mine\"}").json();
        String requestId =
                api.get("/api/v1/models", bearer(created.getString("key"))).header("X-Request-Id");
        until("/api/v1/request-logs/" + requestId, owner, reply -> reply.status() == 200);

        Api.Session stranger = api.newSession();
        Reply entry = api.get("/api/v1/request-logs/" + requestId, "Cookie", stranger.cookie());
        assertEquals(404, entry.status(), entry.body());
        assertEquals("NOT_FOUND", entry.error().getString("code"));
        Reply byKey = api.get("/api/v1/request-logs?key_id=" + created.getString("id"), "Cookie", stranger.cookie());
        assertEquals(404, byKey.status(), byKey.body());
        Reply all = api.get("/api/v1/request-logs", "Cookie", stranger.cookie());
        assertTrue(entries(all).stream().noneMatch(e -> e.getString("id").equals(requestId)), all.body());
    }

    @Test
    void aRevokedKeysRefusalsAndTheDashboardsOwnRequestsAreInTheOwnersLog() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"to revoke\"}").json();
        String keyId = created.getString("id");
        Reply revoked = api.delete("/api/v1/keys/" + keyId, session.headers());
        assertEquals(204, revoked.status(), revoked.body());
        Reply refused = api.get("/api/v1/models", bearer(created.getString("key")));
        assertEquals(401, refused.status());
        String refusedId = refused.header("X-Request-Id");
        assertNotNull(refusedId, "a refusal has its request id too");

        JsonObject entry = until("/api/v1/request-logs/" + refusedId, session, reply -> reply.status() == 200)
                .json();
        assertEquals(keyId, entry.getString("key_id"));
        assertEquals(401, entry.getInt("status"));
        assertEquals(refused.error().getString("code"), entry.getString("error_code"));

        String revokeId = revoked.header("X-Request-Id");
        JsonObject dashboard = until("/api/v1/request-logs/" + revokeId, session, reply -> reply.status() == 200)
                .json();
        assertTrue(dashboard.isNull("key_id"), "a dashboard session's request has no key: " + dashboard);
        assertEquals("DELETE", dashboard.getString("method"));
        assertEquals(204, dashboard.getInt("status"));

        List<String> keys = ids(get(session, "/api/v1/request-logs?source=key&limit=100"));
        List<String> sessions = ids(get(session, "/api/v1/request-logs?source=dashboard&limit=100"));
        assertTrue(keys.contains(refusedId) && !keys.contains(revokeId), keys.toString());
        assertTrue(sessions.contains(revokeId) && !sessions.contains(refusedId), sessions.toString());
        Reply badSource = api.get("/api/v1/request-logs?source=web", "Cookie", session.cookie());
        assertEquals(400, badSource.status());
        assertEquals("source", badSource.error().getJsonObject("details").getString("field"));
    }

    @Test
    void filtersByStatusAndTimeAndACursorWalkEveryEntryOnce() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"filtered\"}").json();
        String key = created.getString("key");
        String keyId = created.getString("id");
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 4; i++) {
            api.get("/api/v1/models", bearer(key));
        }
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/models/mdl_none" + i, bearer(key));
        }
        String mine = "/api/v1/request-logs?key_id=" + keyId;
        until(mine, session, reply -> entries(reply).size() == 7);

        assertEquals(3, entries(get(session, mine + "&status=404")).size());
        assertEquals(3, entries(get(session, mine + "&status=4xx")).size());
        assertEquals(4, entries(get(session, mine + "&status=2xx")).size());
        assertEquals(0, entries(get(session, mine + "&status=500")).size());
        assertEquals(7, entries(get(session, mine + "&from=" + before)).size());
        assertEquals(0, entries(get(session, mine + "&to=" + before)).size());

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = get(session, mine + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            entries(page).forEach(entry -> walked.add(entry.getString("id")));
            cursor = page.json().isNull("next_cursor") ? null : page.json().getString("next_cursor");
        } while (cursor != null);
        assertEquals(7, walked.size());
        assertEquals(7, new HashSet<>(walked).size());

        for (String bad : new String[] {"status=4x", "status=99", "limit=0", "cursor=nope", "from=yesterday"}) {
            Reply refused = api.get("/api/v1/request-logs?" + bad, "Cookie", session.cookie());
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals(
                    bad.substring(0, bad.indexOf('=')),
                    refused.error().getJsonObject("details").getString("field"));
        }
    }

    @Test
    void aKeyWithoutUsageReadCannotReadTheLogs() {
        Api.Session session = api.newSession();
        String key = api.createKeyValue(session, "{\"name\":\"models only\",\"permissions\":[\"models:read\"]}");
        Reply refused = api.get("/api/v1/request-logs", bearer(key));
        assertEquals(403, refused.status(), refused.body());
    }

    private Reply get(Api.Session session, String path) {
        Reply reply = api.get(path, "Cookie", session.cookie());
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply;
    }

    /** Entries are written within seconds: asks until the answer shows them (the dashboard's own reads add none). */
    private Reply until(String path, Api.Session session, Predicate<Reply> shown) {
        Instant deadline = Instant.now().plus(WITHIN);
        Reply reply;
        do {
            reply = api.get(path, "Cookie", session.cookie());
            if (shown.test(reply)) {
                return reply;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("not shown within " + WITHIN + ": " + reply);
    }

    private static List<String> ids(Reply reply) {
        return entries(reply).stream().map(entry -> entry.getString("id")).toList();
    }

    private static List<JsonObject> entries(Reply reply) {
        if (reply.status() != 200) {
            return List.of();
        }
        return reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
