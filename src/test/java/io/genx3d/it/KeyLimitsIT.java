package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 30: {@code PATCH /api/v1/keys/{id}} changes a key's {@code rate_limit} and {@code expires_at}, never beyond the
 * caller (a key's own limit and expiry, an account's plan), with the change audited and in force from the next request.
 */
@Tag("postgresql")
class KeyLimitsIT extends DeployedApiTest {

    private static final String STANDARD = "\"permissions\":[\"models:read\",\"models:write\",\"chat:send\","
            + "\"keys:read\",\"keys:write\",\"usage:read\"]";

    @Test
    void aNewRateLimitShowsInTheKeyAndInTheNextRequestsHeaders() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"limited\",\"rate_limit\":50}");
        String id = created.json().getString("id");
        String key = created.json().getString("key");
        assertEquals("50", api.get("/api/v1/models", bearer(key)).header("X-RateLimit-Limit"));

        Reply lowered = patch(session, id, "{\"rate_limit\":7}");
        assertEquals(200, lowered.status(), lowered.body());
        assertEquals(7, lowered.json().getInt("rate_limit"));
        assertEquals(7, show(session, id).getInt("rate_limit"));
        assertEquals(7, show(session, id).getInt("effective_rate_limit"));
        assertEquals("7", api.get("/api/v1/models", bearer(key)).header("X-RateLimit-Limit"), "from the next request");

        Reply reset = patch(session, id, "{\"rate_limit\":null}");
        assertEquals(200, reset.status(), reset.body());
        assertTrue(reset.json().isNull("rate_limit"), "null: back to the default " + reset.body());
        assertEquals("1000", api.get("/api/v1/models", bearer(key)).header("X-RateLimit-Limit"));
    }

    @Test
    void aKeyCannotRaiseAnotherKeyAboveItsOwnLimit() {
        Api.Session session = api.newSession();
        String targetId = api.createKey(session, "{\"name\":\"target\"," + STANDARD + ",\"rate_limit\":10}")
                .json()
                .getString("id");
        String caller = api.createKeyValue(session, "{\"name\":\"caller\"," + STANDARD + ",\"rate_limit\":20}");

        Reply raised = api.send("PATCH", "/api/v1/keys/" + targetId, "{\"rate_limit\":21}", bearer(caller));
        assertEquals(403, raised.status(), raised.body());
        JsonObject details = raised.error().getJsonObject("details");
        assertEquals("rate_limit", details.getString("field"));
        assertEquals(20, details.getInt("max"));
        assertEquals(10, show(session, targetId).getInt("rate_limit"), "unchanged");

        Reply withinOwn = api.send("PATCH", "/api/v1/keys/" + targetId, "{\"rate_limit\":20}", bearer(caller));
        assertEquals(200, withinOwn.status(), withinOwn.body());
        assertEquals(20, withinOwn.json().getInt("rate_limit"));
    }

    @Test
    void theAccountsPlanCapsWhatASessionMaySet() {
        Api.Session session = api.newSession();
        String id = api.createKey(session, "{\"name\":\"k\"}").json().getString("id");
        Reply overPlan = patch(session, id, "{\"rate_limit\":1001}");
        assertEquals(403, overPlan.status(), overPlan.body());
        assertEquals("rate_limit", overPlan.error().getJsonObject("details").getString("field"));
        assertEquals(1000, overPlan.error().getJsonObject("details").getInt("max"));
        Reply notANumber = patch(session, id, "{\"rate_limit\":0}");
        assertEquals(400, notANumber.status(), notANumber.body());
        assertEquals("rate_limit", notANumber.error().getJsonObject("details").getString("field"));
    }

    @Test
    void aKeyCannotMoveAnotherKeysExpiryPastItsOwn() {
        Api.Session session = api.newSession();
        Instant inADay = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String caller =
                api.createKeyValue(session, "{\"name\":\"caller\"," + STANDARD + ",\"expires_at\":\"" + inADay + "\"}");
        String targetId = api.createKey(session, "{\"name\":\"target\"," + STANDARD + "}")
                .json()
                .getString("id");

        Reply later = api.send(
                "PATCH",
                "/api/v1/keys/" + targetId,
                "{\"expires_at\":\"" + inADay.plus(1, ChronoUnit.HOURS) + "\"}",
                bearer(caller));
        assertEquals(403, later.status(), later.body());
        assertEquals("expires_at", later.error().getJsonObject("details").getString("field"));
        assertEquals(inADay.toString(), later.error().getJsonObject("details").getString("max"));

        Reply never = api.send("PATCH", "/api/v1/keys/" + targetId, "{\"expires_at\":null}", bearer(caller));
        assertEquals(403, never.status(), "a key that expires cannot make one that never does: " + never.body());
        assertEquals("expires_at", never.error().getJsonObject("details").getString("field"));
        assertTrue(show(session, targetId).isNull("expires_at"), "unchanged");

        Instant sooner = inADay.minus(1, ChronoUnit.HOURS);
        Reply within =
                api.send("PATCH", "/api/v1/keys/" + targetId, "{\"expires_at\":\"" + sooner + "\"}", bearer(caller));
        assertEquals(200, within.status(), within.body());
        assertEquals(sooner.toString(), show(session, targetId).getString("expires_at"));

        Reply past = patch(session, targetId, "{\"expires_at\":\"2001-01-01T00:00:00Z\"}");
        assertEquals(400, past.status(), past.body());
        assertEquals("expires_at", past.error().getJsonObject("details").getString("field"));
    }

    @Test
    void nullExpiryMeansNeverAndTheKeyWorksPastItsOldEnd() {
        Api.Session session = api.newSession();
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Reply created = api.createKey(session, "{\"name\":\"short\",\"expires_at\":\"" + soon + "\"}");
        String id = created.json().getString("id");

        Reply never = patch(session, id, "{\"expires_at\":null}");
        assertEquals(200, never.status(), never.body());
        assertTrue(never.json().isNull("expires_at"), never.body());
        assertTrue(show(session, id).isNull("expires_at"));

        Instant inAMinute = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Reply shortened = patch(session, id, "{\"expires_at\":\"" + inAMinute + "\"}");
        assertEquals(200, shortened.status(), shortened.body());
        assertEquals(inAMinute.toString(), show(session, id).getString("expires_at"));
    }

    @Test
    void shorteningAKeysLifeShortensTheKeysItMade() {
        Api.Session session = api.newSession();
        Reply parent = api.createKey(session, "{\"name\":\"parent\"," + STANDARD + "}");
        Reply child = api.post(
                "/api/v1/keys", "{\"name\":\"child\"}", bearer(parent.json().getString("key")));
        assertEquals(201, child.status(), child.body());
        String childId = child.json().getString("id");
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        assertEquals(
                200,
                patch(session, parent.json().getString("id"), "{\"expires_at\":\"" + inAnHour + "\"}")
                        .status());
        assertEquals(inAnHour.toString(), show(session, childId).getString("expires_at"));

        Reply outlive = patch(session, childId, "{\"expires_at\":null}");
        assertEquals(403, outlive.status(), "not even the owner makes a child outlive its maker: " + outlive.body());
        assertEquals(
                inAnHour.toString(), outlive.error().getJsonObject("details").getString("max"));
    }

    @Test
    void anEndedKeyKeepsItsLimitAndExpiry() {
        Api.Session session = api.newSession();
        String id = api.createKey(session, "{\"name\":\"gone\"}").json().getString("id");
        assertEquals(204, api.delete("/api/v1/keys/" + id, session.headers()).status());
        Reply revived = patch(session, id, "{\"expires_at\":null,\"rate_limit\":5}");
        assertEquals(409, revived.status(), revived.body());
        assertEquals("key_revoked", revived.error().getJsonObject("details").getString("reason"));
    }

    @Test
    void anotherAccountsKeyIsNotFoundAndAReadOnlyKeyMayNotChangeKeys() {
        Api.Session owner = api.newSession();
        String id = api.createKey(owner, "{\"name\":\"mine\"}").json().getString("id");
        Reply theirs = patch(api.newSession(), id, "{\"rate_limit\":5}");
        assertEquals(404, theirs.status(), theirs.body());

        String readOnly = api.createKeyValue(owner, "{\"name\":\"ro\",\"level\":\"read_only\"}");
        Reply refused = api.send("PATCH", "/api/v1/keys/" + id, "{\"rate_limit\":5}", bearer(readOnly));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("keys:write", refused.error().getJsonObject("details").getString("required"));
        assertTrue(show(owner, id).isNull("rate_limit"), "unchanged");
    }

    @Test
    void eachChangeIsInTheAuditLog() {
        Api.Session session = api.newSession();
        String id = api.createKey(session, "{\"name\":\"audited\"}").json().getString("id");
        Instant inAWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(
                200,
                patch(session, id, "{\"rate_limit\":42,\"expires_at\":\"" + inAWeek + "\"}")
                        .status());

        JsonObject limit = onlyEvent(session, "key.rate_limit_changed");
        assertEquals(id, limit.getString("target"));
        assertEquals(42, limit.getJsonObject("details").getInt("rate_limit"));
        JsonObject expiry = onlyEvent(session, "key.expiry_changed");
        assertEquals(id, expiry.getString("target"));
        assertEquals(inAWeek.toString(), expiry.getJsonObject("details").getString("expires_at"));
    }

    private JsonObject onlyEvent(Api.Session session, String type) {
        Reply listed = api.get("/api/v1/audit-events?type=" + type, "Cookie", session.cookie());
        assertEquals(200, listed.status(), listed.body());
        List<JsonObject> events = listed.json().getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(1, events.size(), listed.body());
        return events.get(0);
    }

    private JsonObject show(Api.Session session, String id) {
        Reply reply = api.get("/api/v1/keys/" + id, "Cookie", session.cookie());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private Reply patch(Api.Session session, String id, String json) {
        return api.send("PATCH", "/api/v1/keys/" + id, json, session.headers());
    }
}
