package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.SharedServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sign-up, login cookies, roles, and what is (not) kept of passwords and keys. */
class AccountsIT extends DeployedApiTest {

    @Test
    void signUpAnswersTheAccountWithoutThePassword() {
        String email = Api.uniqueEmail("Ann").toUpperCase();
        Reply reply = api.post(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"Ann\"}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject account = reply.json();
        assertEquals(Set.of("id", "email", "email_verified", "name", "role", "created_at"), account.keySet());
        assertFalse(account.getBoolean("email_verified"));
        assertEquals(email.toLowerCase(), account.getString("email"));
        assertEquals("Ann", account.getString("name"));
        assertEquals("user", account.getString("role"));
        assertTrue(account.getString("id").startsWith("acct_"));
        assertTrue(account.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertFalse(reply.body().contains(Api.PASSWORD));
    }

    /** Issue 13, point 2: signing up first with an admin's address gives nothing until the mailbox is proven. */
    @Test
    void anEmailInTheAdminListBecomesAdminOnlyOnceVerified() {
        Reply reply = api.post(
                "/api/v1/accounts",
                "{\"email\":\"Admin@GenX3D.test\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"Root\"}");
        assertEquals(201, reply.status(), reply.body());
        assertEquals("user", reply.json().getString("role"));
        Reply adminKey = api.createKey(api.logIn("admin@genx3d.test"), "{\"name\":\"root\",\"level\":\"admin\"}");
        assertEquals(403, adminKey.status(), adminKey.body());
        JsonObject verified = api.verifyEmail(MailOutbox.shared(), "admin@genx3d.test");
        assertTrue(verified.getBoolean("email_verified"));
        assertEquals("admin", verified.getString("role"));
        assertEquals(
                201,
                api.createKey(api.logIn("admin@genx3d.test"), "{\"name\":\"root\",\"level\":\"admin\"}")
                        .status());
    }

    @Test
    void shortPasswordsAndMalformedEmailsAreBadRequestsNamingTheField() {
        assertBadField(
                api.post(
                        "/api/v1/accounts",
                        "{\"email\":\"" + Api.uniqueEmail("short") + "\",\"password\":\"elevenchars\",\"name\":\"A\"}"),
                "password",
                "{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"password must be at least 12 characters\",\"details\":{\"field\":\"password\"}}}");
        for (String email : List.of("no-at-sign.example.com", "two@@example.com", "a b@example.com", "x@nodot")) {
            assertBadField(
                    api.post(
                            "/api/v1/accounts",
                            "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"A\"}"),
                    "email",
                    null);
        }
        assertBadField(
                api.post(
                        "/api/v1/accounts",
                        "{\"email\":\"" + Api.uniqueEmail("noname") + "\",\"password\":\"" + Api.PASSWORD + "\"}"),
                "name",
                null);
        assertBadField(
                api.post("/api/v1/accounts", "{\"email\":42,\"password\":\"" + Api.PASSWORD + "\",\"name\":\"A\"}"),
                "email",
                null);
    }

    @Test
    void aSecondSignUpWithTheSameEmailIsAConflict() {
        String email = Api.uniqueEmail("twice");
        api.signUp(email);
        Reply again = api.post(
                "/api/v1/accounts",
                "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"B\"}");
        assertEquals(409, again.status());
        assertEquals(
                "{\"error\":{\"code\":\"CONFLICT\",\"message\":\"An account with this email already exists\","
                        + "\"details\":{\"field\":\"email\"}}}",
                again.body());
    }

    @Test
    void loginSetsAnHttpOnlyStrictSessionCookieAndReturnsTheCsrfToken() {
        String email = Api.uniqueEmail("cookie");
        JsonObject account = api.signUp(email);
        Reply reply =
                api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        assertEquals(200, reply.status());
        assertEquals(account, reply.json().getJsonObject("account"));
        assertEquals(64, reply.json().getString("csrf_token").length());
        String cookie = reply.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.startsWith("genx3d_session="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "not Secure over plain HTTP: " + cookie);

        Api.Session session = api.logIn(email);
        Reply current = api.get("/api/v1/sessions", "Cookie", session.cookie());
        assertEquals(200, current.status());
        assertEquals(session.csrf(), current.json().getString("csrf_token"));
    }

    @Test
    void theSessionEndpointsNeedASessionNotAKey() {
        String key = api.newStandardKey();
        Reply reply = api.get("/api/v1/sessions", bearer(key));
        assertEquals(403, reply.status());
        assertEquals("session_required", reply.error().getJsonObject("details").getString("reason"));
    }

    @Test
    void neitherPasswordsNorKeysAreWrittenToTheDataDirectory() throws IOException {
        String email = Api.uniqueEmail("secret");
        api.signUp(email);
        String key = api.createKeyValue(api.logIn(email), "{\"name\":\"never stored\"}");
        Path dataDir = SharedServer.dataDirectory();
        assertTrue(Files.isDirectory(dataDir), dataDir.toString());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(Api.PASSWORD), "password found in " + file);
            assertFalse(content.contains(key.substring(3)), "key found in " + file);
            assertFalse(content.contains(key.substring(11)), "key's secret part found in " + file);
        }
    }

    private static void assertBadField(Reply reply, String field, String exactBody) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("BAD_REQUEST", reply.error().getString("code"));
        assertEquals(field, reply.error().getJsonObject("details").getString("field"), reply.body());
        if (exactBody != null) {
            assertEquals(exactBody, reply.body());
        }
    }

    /** Issue 13, point 9: sign-up was unthrottled (30 in a row from one address). */
    @Test
    void signUpsAreLimitedPerAddress() {
        Reply refused = null;
        int accepted = 0;
        while (refused == null && accepted <= 100) {
            Reply reply = api.post(
                    "/api/v1/accounts",
                    "{\"email\":\"" + Api.uniqueEmail("many") + "\",\"password\":\"" + Api.PASSWORD
                            + "\",\"name\":\"Many\"}");
            if (reply.status() == 201) {
                accepted++;
            } else {
                refused = reply;
            }
        }
        assertTrue(refused != null, "still signing up after " + accepted);
        assertEquals(429, refused.status(), refused.body());
        assertEquals(accepted, refused.error().getJsonObject("details").getInt("limit"));
        assertEquals(String.valueOf(accepted), refused.header("X-RateLimit-Limit"));
        assertTrue(refused.header("Retry-After") != null);
        assertEquals(
                201,
                api.asNewClient()
                        .post(
                                "/api/v1/accounts",
                                "{\"email\":\"" + Api.uniqueEmail("other") + "\",\"password\":\"" + Api.PASSWORD
                                        + "\",\"name\":\"Other\"}")
                        .status(),
                "another address is not affected");
    }
}
