package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Per-key, per-hour usage by outcome, the last client address, and anomaly flags. */
@Tag("postgresql")
class UsageIT extends DeployedApiTest {

    @Test
    void everyOutcomeIsCountedForTheKeyAndHour() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"counted\",\"rate_limit\":5}")
                .json();
        String key = created.getString("key");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        }
        assertEquals(404, api.get("/api/v1/models/mdl_none", bearer(key)).status());
        assertEquals(400, api.get("/api/v1/models?limit=0", bearer(key)).status());
        assertEquals(429, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(429, api.get("/api/v1/models", bearer(key)).status());

        JsonObject report = api.get("/api/v1/usage?key_id=" + created.getString("id"), "Cookie", session.cookie())
                .json();
        List<JsonObject> rows = report.getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(1, rows.size(), report.toString());
        JsonObject hour = rows.get(0);
        assertEquals(created.getString("id"), hour.getString("key_id"));
        assertEquals(Instant.now().truncatedTo(ChronoUnit.HOURS).toString(), hour.getString("hour"));
        assertEquals(7, hour.getInt("requests"));
        assertEquals(3, hour.getInt("ok"));
        assertEquals(2, hour.getInt("client_errors"));
        assertEquals(2, hour.getInt("rate_limited"));
        assertEquals(0, hour.getInt("server_errors"));
        assertEquals(0, hour.getInt("auth_failures"));
    }

    @Test
    void theKeyListShowsWhenAndFromWhereAKeyWasLastUsed() {
        Api.Session session = api.newSession();
        String key = api.createKeyValue(session, "{\"name\":\"seen\"}");
        api.get("/api/v1/models", bearer(key));
        JsonObject listed = api.get("/api/v1/keys", "Cookie", session.cookie())
                .json()
                .getJsonArray("data")
                .getJsonObject(0);
        assertFalse(listed.isNull("last_used_at"));
        assertEquals(api.clientAddress(), listed.getString("last_used_address"));
        assertTrue(listed.isNull("anomaly"));
    }

    @Test
    void aRevokedKeyThatKeepsKnockingIsFlagged() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"leaked\"}").json();
        assertEquals(
                204,
                api.delete("/api/v1/keys/" + created.getString("id"), session.headers())
                        .status());
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    401,
                    api.get("/api/v1/models", bearer(created.getString("key"))).status());
        }
        JsonObject listed = api.get("/api/v1/keys/" + created.getString("id"), "Cookie", session.cookie())
                .json();
        JsonObject anomaly = listed.getJsonObject("anomaly");
        assertEquals("auth_failures", anomaly.getString("reason"));
        assertEquals(10, anomaly.getInt("count"));
        JsonObject report = api.get("/api/v1/usage", "Cookie", session.cookie()).json();
        assertEquals(10, report.getJsonArray("data").getJsonObject(0).getInt("auth_failures"));
        assertEquals(
                created.getString("id"),
                report.getJsonArray("anomalies").getJsonObject(0).getString("key_id"));
    }

    /**
     * A brand-new key has no week of history to compare with, so its first busy hour is not a spike (a key with a
     * week of history is flagged: {@code AnomalyBaselineIT}, which can backdate a key on PostgreSQL).
     */
    @Test
    void aNewKeysFirstBusyHourIsNotASpike() {
        Api.Session session = api.newSession();
        JsonObject created =
                api.createKey(session, "{\"name\":\"busy first hour\"}").json();
        for (int i = 0; i < 120; i++) {
            api.get("/api/v1/scopes", bearer(created.getString("key")));
        }
        JsonObject listed = api.get("/api/v1/keys/" + created.getString("id"), "Cookie", session.cookie())
                .json();
        assertTrue(listed.isNull("anomaly"), listed.toString());
        assertTrue(api.get("/api/v1/usage", "Cookie", session.cookie())
                .json()
                .getJsonArray("anomalies")
                .isEmpty());
    }

    @Test
    void usageIsOnlyTheCallersAndItsParametersAreChecked() {
        JsonObject others =
                api.createKey(api.newSession(), "{\"name\":\"theirs\"}").json();
        String mine = api.newStandardKey();
        assertEquals(
                404,
                api.get("/api/v1/usage?key_id=" + others.getString("id"), bearer(mine))
                        .status());
        Reply backwards = api.get("/api/v1/usage?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", bearer(mine));
        assertEquals(400, backwards.status());
        assertEquals("from", backwards.error().getJsonObject("details").getString("field"));
        assertEquals(
                400,
                api.get("/api/v1/usage?from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z", bearer(mine))
                        .status());
        assertEquals(400, api.get("/api/v1/usage?to=yesterday", bearer(mine)).status());
        JsonObject report = api.get("/api/v1/usage", bearer(mine)).json();
        assertTrue(report.getJsonArray("data").stream()
                .noneMatch(row -> row.asJsonObject().getString("key_id").equals(others.getString("id"))));
    }

    /** Issue 13, point 15: dates Java can parse but the store cannot hold were a 500. */
    @Test
    void datesOutsideTheStoresRangeAreA400NamingTheField() {
        String key = api.newStandardKey();
        for (String query : new String[] {
            "to=-999999999-01-01T00:00:00Z", "from=-999999999-01-01T00:00:00Z", "to=%2B999999999-12-31T23:59:59Z"
        }) {
            Reply reply = api.get("/api/v1/usage?" + query, bearer(key));
            assertEquals(400, reply.status(), query + ": " + reply.body());
            assertEquals(
                    query.substring(0, query.indexOf('=')),
                    reply.error().getJsonObject("details").getString("field"));
        }
    }

    @Test
    void aKeysOwnLimitAndTheSharedPlanAreShownApartWithWhatEachHasUsed() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"limited\",\"rate_limit\":5}")
                .json();
        String key = created.getString("key");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        JsonObject before =
                api.get("/api/v1/rate-limits", "Cookie", session.cookie()).json();
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        Reply after = api.get("/api/v1/rate-limits", "Cookie", session.cookie());
        assertEquals(200, after.status(), after.body());
        assertEquals(null, ContractCheck.problems("GET", "/api/v1/rate-limits", after));

        JsonObject plan = after.json().getJsonObject("plan");
        assertEquals(1000, plan.getInt("limit"));
        // The key's request and this reading itself: a session spends the plan too.
        assertEquals(before.getJsonObject("plan").getInt("used") + 2, plan.getInt("used"));
        assertEquals(plan.getInt("limit") - plan.getInt("used"), plan.getInt("remaining"));
        JsonObject own = after.json().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(limit -> limit.getString("key_id").equals(created.getString("id")))
                .findFirst()
                .orElseThrow();
        assertEquals(5, own.getInt("limit"));
        assertEquals(2, own.getInt("used"));
        assertEquals(3, own.getInt("remaining"));
    }

    @Test
    void theDashboardsOwnRequestsAreASeriesOfTheirOwnWhenAskedFor() {
        Api.Session session = api.newSession();
        api.createKey(session, "{\"name\":\"quiet\"}");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    200, api.get("/api/v1/keys", "Cookie", session.cookie()).status());
        }
        JsonObject withDashboard = api.get("/api/v1/usage?include_dashboard=true", "Cookie", session.cookie())
                .json();
        List<JsonObject> dashboard = withDashboard.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("source").equals("dashboard"))
                .toList();
        assertEquals(1, dashboard.size(), withDashboard.toString());
        assertTrue(dashboard.get(0).isNull("key_id"));
        assertTrue(dashboard.get(0).getInt("requests") >= 5, "the key's creation and four listings at least");

        JsonObject keysOnly =
                api.get("/api/v1/usage", "Cookie", session.cookie()).json();
        assertTrue(keysOnly.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .allMatch(row -> row.getString("source").equals("key")));
        Reply bad = api.get("/api/v1/usage?include_dashboard=yes", "Cookie", session.cookie());
        assertEquals(400, bad.status());
        assertEquals("include_dashboard", bad.error().getJsonObject("details").getString("field"));
    }

    @Test
    void aKeyOftenRefusedForItsLimitIsFlaggedAsThrottled() {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"throttled\",\"rate_limit\":5}")
                .json();
        for (int i = 0; i < 9; i++) {
            api.get("/api/v1/models", bearer(created.getString("key")));
        }
        JsonObject anomaly = api.get("/api/v1/keys/" + created.getString("id"), "Cookie", session.cookie())
                .json()
                .getJsonObject("anomaly");
        assertEquals("rate_limited", anomaly.getString("reason"));
        assertEquals(4, anomaly.getInt("count"));
        assertEquals(9, anomaly.getJsonNumber("baseline").intValue());
    }
}
