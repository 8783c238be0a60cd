package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.keys.KeyFormat;
import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The seed's authentication contract: every 401 and 403 it shows, byte for byte, and the curl example. */
@Tag("postgresql")
class AuthenticationIT extends DeployedApiTest {

    private static final String CHALLENGE = "Bearer realm=\"genx3d\"";

    @Test
    void aRequestWithoutAKeyIsRefusedWithReasonMissingKey() {
        assertUnauthorized(
                api.get("/api/v1/models"),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Missing API key\",\"details\":{\"reason\":\"missing_key\"}}}");
    }

    @Test
    void aTokenNotStartingWithSkIsAMalformedKey() {
        assertUnauthorized(
                api.get("/api/v1/models", bearer("pk-1234567890abcdef")),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\",\"details\":{\"reason\":\"malformed_key\"}}}");
        assertUnauthorized(
                api.get("/api/v1/models", "Authorization", "Basic dXNlcjpwYXNzd29yZA=="),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\",\"details\":{\"reason\":\"malformed_key\"}}}");
    }

    @Test
    void aMistypedKeyGetsTheSeedsInvalidApiKeyBody() {
        String key = api.newStandardKey();
        char last = key.charAt(20);
        String typo = key.substring(0, 20) + (last == 'a' ? 'b' : 'a') + key.substring(21);
        assertUnauthorized(
                api.get("/api/v1/models", bearer(typo)),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\",\"details\":{\"reason\":\"key_not_found\"}}}");
        assertUnauthorized(
                api.get("/api/v1/models", bearer("sk-1234567890abcdef")),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\",\"details\":{\"reason\":\"key_not_found\"}}}");
    }

    @Test
    void aWellFormedKeyThatWasNeverIssuedIsNotFound() {
        assertUnauthorized(
                api.get("/api/v1/models", bearer(KeyFormat.newKey())),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\",\"details\":{\"reason\":\"key_not_found\"}}}");
    }

    @Test
    void aValidKeyIsAcceptedAndTheSchemeIsCaseInsensitive() {
        String key = api.newStandardKey();
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(
                200, api.get("/api/v1/models", "Authorization", "bearer " + key).status());
    }

    @Test
    void aRevokedKeyIsRejectedOnTheVeryNextRequest() {
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"to revoke\"}");
        String key = created.json().getString("key");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(
                204,
                api.delete("/api/v1/keys/" + created.json().getString("id"), bearer(key))
                        .status());
        assertUnauthorized(
                api.get("/api/v1/models", bearer(key)),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\",\"details\":{\"reason\":\"key_revoked\"}}}");
    }

    @Test
    void anExpiredKeyGetsTheSeedsExpiredBodyWithTheExpiryInUtcSeconds() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String key =
                api.createKeyValue(api.newSession(), "{\"name\":\"short lived\",\"expires_at\":\"" + expiry + "\"}");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        while (!Instant.now().isAfter(expiry.plusMillis(200))) {
            Thread.sleep(250);
        }
        assertUnauthorized(
                api.get("/api/v1/models", bearer(key)),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"API key has expired\",\"details\":{\"expired_at\":\""
                        + expiry + "\"}}}");
        assertTrue(expiry.toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), expiry.toString());
    }

    @Test
    void aKeyWithoutTheScopeGetsTheSeedsInsufficientPermissionsBody() {
        String key = api.createKeyValue(api.newSession(), "{\"name\":\"reader\",\"level\":\"read_only\"}");
        Reply reply = api.post("/api/v1/models", "{\"name\":\"x\"}", bearer(key));
        assertEquals(403, reply.status());
        assertEquals(
                "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"Insufficient permissions\","
                        + "\"details\":{\"required\":\"models:write\",\"provided\":\"keys:read models:read usage:read\"}}}",
                reply.body());
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status(), "reading is within its scopes");
    }

    @Test
    void theSeedsCurlExampleWorksAsWritten() throws IOException, InterruptedException {
        String key = api.newStandardKey();
        Process curl = new ProcessBuilder(
                        "curl",
                        "-sS",
                        "-X",
                        "POST",
                        api.uri("/api/v1/chat").toString(),
                        "-H",
                        "Authorization: Bearer " + key,
                        "-H",
                        "Content-Type: application/json",
                        "-d",
                        "{\"message\": \"Create a cube\"}")
                .redirectErrorStream(true)
                .start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, curl.waitFor(), output);
        JsonObject reply = Reply.parse(output).asJsonObject();
        assertTrue(reply.getBoolean("understood"), output);
        assertTrue(reply.getString("reply").toLowerCase().contains("cube"), output);
        JsonObject model = reply.getJsonObject("model");
        assertEquals(1, model.getJsonArray("parts").size());
        assertEquals("cube", model.getJsonArray("parts").getJsonObject(0).getString("primitive"));
        assertEquals(
                200,
                api.get("/api/v1/models/" + model.getString("id"), bearer(key)).status(),
                "the model the chat built is stored");
    }

    @Test
    void aSessionReadsWithoutCsrfButCannotChangeAnythingWithoutIt() {
        Api.Session session = api.newSession();
        assertEquals(200, api.get("/api/v1/keys", "Cookie", session.cookie()).status());
        Reply refused = api.post("/api/v1/keys", "{\"name\":\"no csrf\"}", "Cookie", session.cookie());
        assertEquals(403, refused.status());
        assertEquals(
                "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"Missing or invalid CSRF token\","
                        + "\"details\":{\"reason\":\"csrf_token_invalid\"}}}",
                refused.body());
        Reply wrong = api.post(
                "/api/v1/keys", "{\"name\":\"bad csrf\"}", "Cookie", session.cookie(), "X-CSRF-Token", "0".repeat(64));
        assertEquals(403, wrong.status());
        assertEquals(201, api.createKey(session, "{\"name\":\"with csrf\"}").status());
    }

    @Test
    void afterLogoutTheSessionNoLongerWorks() {
        Api.Session session = api.newSession();
        assertEquals(204, api.delete("/api/v1/sessions", session.headers()).status());
        assertUnauthorized(
                api.get("/api/v1/keys", "Cookie", session.cookie()),
                "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Session expired or invalid\",\"details\":{\"reason\":\"session_invalid\"}}}");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = Api.uniqueEmail("login");
        api.signUp(email);
        Reply wrongPassword =
                api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"not the password\"}");
        Reply unknownEmail = api.post(
                "/api/v1/sessions",
                "{\"email\":\"" + Api.uniqueEmail("nobody") + "\",\"password\":\"not the password\"}");
        String expected = "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid email or password\","
                + "\"details\":{\"reason\":\"invalid_credentials\"}}}";
        assertUnauthorized(wrongPassword, expected);
        assertUnauthorized(unknownEmail, expected);
    }

    @Test
    void signUpAndLoginAreTheOnlyOpenCalls() {
        for (String path : List.of(
                "/api/v1/keys",
                "/api/v1/chat",
                "/api/v1/sessions",
                "/api/v1/accounts",
                "/api/v1/models/anything",
                "/api/v1/no-such-thing")) {
            assertEquals(401, api.get(path).status(), path);
        }
        assertEquals(401, api.delete("/api/v1/sessions").status());
    }

    private static void assertUnauthorized(Reply reply, String expectedBody) {
        assertEquals(401, reply.status(), reply.body());
        assertEquals(CHALLENGE, reply.header("WWW-Authenticate"));
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(expectedBody, reply.body());
    }

    /** Issue 13, point 13: the mechanism's 401s went out without the headers every other answer carries. */
    @Test
    void refusalsCarryTheSecurityHeadersAndAreNeverCached() {
        for (Reply refused : List.of(
                api.get("/api/v1/models"),
                api.get("/api/v1/models", "Authorization", "Bearer sk-not-a-key"),
                api.get("/api/v1/keys", "Cookie", "genx3d_session=forged"))) {
            assertEquals(401, refused.status(), refused.body());
            assertEquals("DENY", refused.header("X-Frame-Options"));
            assertEquals("nosniff", refused.header("X-Content-Type-Options"));
            assertEquals("default-src 'none'; frame-ancestors 'none'", refused.header("Content-Security-Policy"));
            assertEquals("no-store", refused.header("Cache-Control"));
        }
        Api.Session session = api.newSession();
        Reply created = api.createKey(session, "{\"name\":\"never cached\"}");
        assertEquals("no-store", created.header("Cache-Control"), "an answer carrying a key");
        String email = Api.uniqueEmail("nocache");
        api.signUp(email);
        Reply login =
                api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        assertEquals(200, login.status());
        assertEquals("no-store", login.header("Cache-Control"), "an answer carrying a CSRF token");
    }
}
