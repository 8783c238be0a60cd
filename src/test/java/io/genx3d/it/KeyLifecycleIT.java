package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rolling a key with a grace period, address allowlists, and renaming: what a key's owner can change, and how. */
@Tag("postgresql")
class KeyLifecycleIT extends DeployedApiTest {

    @Test
    void aKeyWorksOnlyFromTheAddressesItAllows() {
        Api.Session session = api.newSession();
        Api elsewhere = api.asNewClient();
        Reply created = api.createKey(
                session,
                "{\"name\":\"office only\",\"allowed_ips\":[\"" + api.clientAddress() + "\", \"2001:db8::/32\"]}");
        assertEquals(201, created.status(), created.body());
        assertEquals(
                List.of(api.clientAddress(), "2001:db8:0:0:0:0:0:0/32"),
                created.json().getJsonArray("allowed_ips").getValuesAs(jakarta.json.JsonString::getString));
        String key = created.json().getString("key");

        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        Reply refused = elsewhere.get("/api/v1/models", bearer(key));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("FORBIDDEN", refused.error().getString("code"));
        assertEquals(
                "address_not_allowed", refused.error().getJsonObject("details").getString("reason"));
        assertEquals("application/json", refused.header("Content-Type").replaceAll(";.*", ""));
        Reply fromIpv6 = api.get("/api/v1/models", fromAddress(key, "2001:db8:1::7"));
        assertEquals(200, fromIpv6.status(), "an address inside an allowed IPv6 range: " + fromIpv6.body());
    }

    /** Behind a trusted proxy that adds a line of its own, the client's own line names no address it may use. */
    @Test
    void finding8_everyForwardedLineCountsNotOnlyTheFirst() {
        Api.Session session = api.newSession();
        String key = api.createKeyValue(session, "{\"name\":\"allowlisted\",\"allowed_ips\":[\"203.0.113.9\"]}");
        assertEquals(
                200, api.get("/api/v1/models", fromAddress(key, "203.0.113.9")).status());
        Reply twoLines = api.get(
                "/api/v1/models",
                "Authorization",
                "Bearer " + key,
                "X-Forwarded-For",
                "203.0.113.9",
                "X-Forwarded-For",
                api.clientAddress());
        assertEquals(403, twoLines.status(), "the proxy's line names the real client: " + twoLines.body());
        Reply forwarded = api.get(
                "/api/v1/models",
                "Authorization",
                "Bearer " + key,
                "Forwarded",
                "for=203.0.113.9",
                "X-Forwarded-For",
                api.clientAddress());
        assertEquals(403, forwarded.status(), "a Forwarded header the proxy did not write: " + forwarded.body());
    }

    @Test
    void aCidrRangeAllowsEveryAddressInsideIt() {
        Api.Session session = api.newSession();
        String inside = api.clientAddress().replaceAll("\\.\\d+$", ".0") + "/24";
        String key = api.createKeyValue(session, "{\"name\":\"subnet\",\"allowed_ips\":[\"" + inside + "\"]}");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(
                403, api.get("/api/v1/models", fromAddress(key, "192.0.2.1")).status());
    }

    @Test
    void anAllowlistEntryThatIsNoAddressIsRefusedByName() {
        Api.Session session = api.newSession();
        for (String bad : List.of("example.com", "10.0.0.0/33", "300.1.1.1", "::1/129", "10.0.0.1/")) {
            Reply reply = api.createKey(session, "{\"name\":\"bad\",\"allowed_ips\":[\"" + bad + "\"]}");
            assertEquals(400, reply.status(), bad + ": " + reply.body());
            assertEquals("allowed_ips", reply.error().getJsonObject("details").getString("field"));
            assertTrue(reply.error().getString("message").contains(bad), reply.body());
        }
    }

    @Test
    void patchRenamesAKeyAndChangesItsAllowlistFromTheNextRequest() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"before\"}");
        String id = created.json().getString("id");
        String key = created.json().getString("key");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());

        Reply renamed = patch(session, id, "{\"name\":\"after\",\"allowed_ips\":[\"192.0.2.0/24\"]}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("after", renamed.json().getString("name"));
        assertEquals(403, api.get("/api/v1/models", bearer(key)).status(), "the new allowlist holds at once");
        assertEquals(
                200, api.get("/api/v1/models", fromAddress(key, "192.0.2.9")).status());

        Reply cleared = patch(session, id, "{\"allowed_ips\":[]}");
        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(0, cleared.json().getJsonArray("allowed_ips").size());
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals("after", show(session, id).getString("name"));
    }

    @Test
    void itsPermissionsDoNotChangeAfterCreation() {
        Api.Session session = api.newSession();
        String id = api.createKey(session, "{\"name\":\"fixed\"}").json().getString("id");
        for (String body :
                List.of("{\"permissions\":[\"models:read\"]}", "{\"level\":\"admin\"}", "{\"level\":\"read_only\"}")) {
            Reply reply = patch(session, id, body);
            assertEquals(400, reply.status(), body + ": " + reply.body());
            assertTrue(reply.error().getString("message").contains("cannot be changed after creation"), reply.body());
        }
        assertEquals(400, patch(session, id, "{}").status());
        assertEquals(404, patch(api.newSession(), id, "{\"name\":\"theirs\"}").status(), "another account's key");
    }

    /**
     * Issue 30, bug 2: rolling moved a key's end later at every roll (its lifetime counted again from the roll: 23:59
     * became 00:00 the next day). The successor expires when the old key does, unless the roll asks for another time.
     */
    @Test
    void aSuccessorExpiresWhenTheOldKeyDidUnlessTheRollAsksForAnotherTime() {
        Api.Session session = api.newSession();
        Instant endOfDay = Instant.now()
                .plus(Duration.ofDays(10))
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plusSeconds(86_399);
        String oldId = api.createKey(session, "{\"name\":\"ends at 23:59:59\",\"expires_at\":\"" + endOfDay + "\"}")
                .json()
                .getString("id");

        Reply rolled = roll(session, oldId, "{}");
        assertEquals(201, rolled.status(), rolled.body());
        assertEquals(endOfDay.toString(), rolled.json().getString("expires_at"), "the old key's expiry, to the second");

        Instant chosen = endOfDay.plus(Duration.ofDays(5));
        Reply again = roll(
                session,
                rolled.json().getString("id"),
                "{\"grace_period\":\"PT0S\",\"expires_at\":\"" + chosen + "\"}");
        assertEquals(201, again.status(), again.body());
        assertEquals(chosen.toString(), again.json().getString("expires_at"), "the time the roll asked for");

        Reply past = roll(session, again.json().getString("id"), "{\"expires_at\":\"2020-01-01T00:00:00Z\"}");
        assertEquals(400, past.status(), past.body());
        assertEquals("expires_at", past.error().getJsonObject("details").getString("field"), past.body());

        String neverId =
                api.createKey(session, "{\"name\":\"never ends\"}").json().getString("id");
        Reply never = roll(session, neverId, "{}");
        assertEquals(201, never.status(), never.body());
        assertEquals(
                jakarta.json.JsonValue.NULL,
                never.json().getOrDefault("expires_at", jakarta.json.JsonValue.NULL),
                "a key that never expired hands on no expiry: " + never.body());
    }

    @Test
    void rollingAnswersANewKeyLikeCreationAndBothWorkDuringTheGracePeriod() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(
                session,
                "{\"name\":\"rolled\",\"permissions\":[\"models:read\",\"keys:read\"],\"rate_limit\":40,"
                        + "\"allowed_ips\":[\"" + api.clientAddress() + "\"]}");
        String oldId = created.json().getString("id");
        String oldKey = created.json().getString("key");

        Instant before = Instant.now();
        Reply rolled = roll(session, oldId, "{\"grace_period\":\"PT1H\"}");
        assertEquals(201, rolled.status(), rolled.body());
        JsonObject successor = rolled.json();
        String newKey = successor.getString("key");
        assertTrue(newKey.matches("sk-[0-9A-Za-z]{49}"));
        assertNotEquals(oldKey, newKey);
        assertEquals(oldId, successor.getString("replaces"));
        assertEquals("rolled", successor.getString("name"));
        assertEquals(created.json().getJsonArray("permissions"), successor.getJsonArray("permissions"));
        assertEquals(40, successor.getInt("rate_limit"));
        assertEquals(created.json().getJsonArray("allowed_ips"), successor.getJsonArray("allowed_ips"));
        assertEquals(api.uri("/api/v1/keys/" + successor.getString("id")).toString(), rolled.header("Location"));

        JsonObject old = show(session, oldId);
        assertEquals(successor.getString("id"), old.getString("replaced_by"));
        Instant graceEnds = Instant.parse(old.getString("expires_at"));
        assertTrue(
                !graceEnds.isBefore(before.plus(Duration.ofMinutes(59)))
                        && !graceEnds.isAfter(Instant.now().plus(Duration.ofHours(1))),
                "the old key expires after the grace period: " + graceEnds);
        assertEquals(200, api.get("/api/v1/models", bearer(oldKey)).status());
        assertEquals(200, api.get("/api/v1/models", bearer(newKey)).status());
        assertFalse(api.get("/api/v1/keys/" + oldId, bearer(newKey)).body().contains(newKey.substring(11)));

        Reply again = roll(session, oldId, "{}");
        assertEquals(409, again.status(), "a key is rolled once");
        assertEquals("already_rolled", again.error().getJsonObject("details").getString("reason"));
    }

    @Test
    void afterTheGracePeriodTheOldKeyAnswersAsExpired() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"now\"}");
        String oldKey = created.json().getString("key");
        assertEquals(200, api.get("/api/v1/models", bearer(oldKey)).status(), "cached as good before the roll");
        Reply rolled = roll(session, created.json().getString("id"), "{\"grace_period\":\"PT0S\"}");
        assertEquals(201, rolled.status(), rolled.body());

        Reply refused = api.get("/api/v1/models", bearer(oldKey));
        assertEquals(401, refused.status(), refused.body());
        assertEquals("API key has expired", refused.error().getString("message"));
        assertTrue(refused.error().getJsonObject("details").containsKey("expired_at"), refused.body());
        assertEquals(
                200,
                api.get("/api/v1/models", bearer(rolled.json().getString("key")))
                        .status());
    }

    @Test
    void aBadGracePeriodIsRefusedAndTheDefaultIsADay() {
        Api.Session session = api.newSession();
        String id = api.createKey(session, "{\"name\":\"grace\"}").json().getString("id");
        for (String grace : List.of("P8D", "-PT1H", "tomorrow", "PT")) {
            Reply reply = roll(session, id, "{\"grace_period\":\"" + grace + "\"}");
            assertEquals(400, reply.status(), grace + ": " + reply.body());
            assertEquals("grace_period", reply.error().getJsonObject("details").getString("field"));
        }
        assertEquals(201, roll(session, id, null).status(), "no body: the default grace period");
        Instant graceEnds = Instant.parse(show(session, id).getString("expires_at"));
        assertTrue(graceEnds.isAfter(Instant.now().plus(Duration.ofHours(23))), graceEnds.toString());
        assertEquals(404, roll(api.newSession(), id, "{}").status(), "another account's key");
    }

    @Test
    void theSuccessorContinuesItsPredecessorsQuotaAndUsage() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"quota\",\"rate_limit\":5}");
        String oldKey = created.json().getString("key");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("/api/v1/models", bearer(oldKey)).status());
        }
        Reply rolled = roll(session, created.json().getString("id"), "{}");
        String newKey = rolled.json().getString("key");
        Reply next = api.get("/api/v1/models", bearer(newKey));
        assertEquals(200, next.status());
        assertEquals("1", next.header("X-RateLimit-Remaining"), "no fresh quota by rolling");
        api.get("/api/v1/models", bearer(newKey));
        assertEquals(429, api.get("/api/v1/models", bearer(newKey)).status());

        JsonObject report = api.get("/api/v1/usage?key_id=" + rolled.json().getString("id"), "Cookie", session.cookie())
                .json();
        JsonObject hour = report.getJsonArray("data").getJsonObject(0);
        assertEquals(rolled.json().getString("id"), hour.getString("key_id"));
        assertEquals(6, hour.getInt("requests"), "the line's history: " + report);
        JsonObject all = api.get("/api/v1/usage", "Cookie", session.cookie()).json();
        assertEquals(1, all.getJsonArray("data").size(), "a line is reported once: " + all);
    }

    @Test
    void aRevokedKeyCannotBeRolled() {
        Api.Session session = api.newSession();
        String id = api.createKey(session, "{\"name\":\"gone\"}").json().getString("id");
        api.delete("/api/v1/keys/" + id, session.headers());
        Reply reply = roll(session, id, "{}");
        assertEquals(409, reply.status(), reply.body());
        assertEquals("key_revoked", reply.error().getJsonObject("details").getString("reason"));
        assertEquals("owner", show(session, id).getString("revoked_reason"));
    }

    @Test
    void keysAboutToExpireAreFlaggedAndTheirOwnerRemindedOnce() throws Exception {
        String email = Api.uniqueEmail("reminded");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String inThreeDays = keyExpiringIn(session, "three days", Duration.ofDays(3));
        String tomorrow = keyExpiringIn(session, "tomorrow", Duration.ofHours(20));
        String later = keyExpiringIn(session, "in a month", Duration.ofDays(30));
        assertTrue(show(session, inThreeDays).getBoolean("expires_soon"));
        assertTrue(show(session, tomorrow).getBoolean("expires_soon"));
        assertFalse(show(session, later).getBoolean("expires_soon"));

        MailOutbox outbox = MailOutbox.shared();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (outbox.messagesTo(email).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // Two more rounds of the reminder job (its schedule is 2 s here), counted by the server: nothing is sent twice.
        long roundsBefore = reminderRounds();
        while (reminderRounds() < roundsBefore + 2 && System.nanoTime() < deadline + 20_000_000_000L) {
            Thread.sleep(200);
        }
        assertTrue(reminderRounds() >= roundsBefore + 2, "two more rounds of reminders ran");
        List<String> subjects = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : outbox.messagesTo(email)) {
            if (message.getSubject().startsWith("Your genx3D API key")) {
                subjects.add(message.getSubject());
            }
        }
        subjects.sort(null);
        assertEquals(2, subjects.size(), subjects.toString());
        assertTrue(
                subjects.get(0).matches("Your genx3D API key \"three days\" expires in 3 days"), subjects.toString());
        assertTrue(
                subjects.get(1).matches("Your genx3D API key \"tomorrow\" expires in 20 hours"), subjects.toString());
    }

    private String keyExpiringIn(Api.Session session, String name, Duration lifetime) {
        Instant expiresAt = Instant.now().plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return api.createKey(session, "{\"name\":\"" + name + "\",\"expires_at\":\"" + expiresAt + "\"}")
                .json()
                .getString("id");
    }

    private static String[] fromAddress(String key, String address) {
        return new String[] {"Authorization", "Bearer " + key, "X-Forwarded-For", address};
    }

    private Reply patch(Api.Session session, String id, String json) {
        return api.send("PATCH", "/api/v1/keys/" + id, json, session.headers());
    }

    private Reply roll(Api.Session session, String id, String json) {
        return api.send("POST", "/api/v1/keys/" + id + "/roll", json, session.headers());
    }

    private JsonObject show(Api.Session session, String id) {
        Reply reply = api.get("/api/v1/keys/" + id, "Cookie", session.cookie());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** The reminder rounds the shared server has finished ({@code genx3d_reminder_rounds} in its metrics). */
    private long reminderRounds() {
        return (long) api.metric("genx3d_reminder_rounds");
    }
}
