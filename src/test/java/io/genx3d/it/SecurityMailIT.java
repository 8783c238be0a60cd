package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 30, account and security mail: the security notices an account's owner gets (password changed, key created,
 * sign-in from a new device, address changed, sign-in refused because the account is suspended), the choices that
 * turn them off, and what a suspended account's right password answers. Mail is read from the shared server's outbox.
 * A mail that must NOT come is checked against a later one that must (a sentinel), never by waiting a fixed time.
 */
@Tag("postgresql")
class SecurityMailIT extends DeployedApiTest {

    static final String PASSWORD_CHANGED = "Your genx3D password was changed";
    static final String KEY_CREATED = "A new API key was created on your genx3D account";
    static final String NEW_SIGN_IN = "New sign-in to your genx3D account";
    static final String EMAIL_CHANGED = "The email address of your genx3D account was changed";
    static final String SUSPENDED = "A sign-in to your suspended genx3D account was refused";

    private static String adminKey;

    private final MailOutbox outbox = MailOutbox.shared();

    @Test
    void thePasswordMailIsSentEvenWithEveryChoiceTurnedOff() {
        String email = Api.uniqueEmail("pw-notice");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        choose(session, "{\"key_created\":false,\"new_sign_in\":false,\"email_changed\":false}");
        Reply changed = api.send(
                "PUT",
                "/api/v1/sessions/password",
                "{\"current_password\":\"" + Api.PASSWORD + "\",\"new_password\":\"" + Api.PASSWORD + " 2\"}",
                session.headers());
        assertEquals(204, changed.status(), changed.body());
        String text = MailOutbox.text(outbox.latestTo(email, PASSWORD_CHANGED));
        assertTrue(text.contains("was changed in the dashboard"), text);
        assertTrue(text.contains("from the address " + api.clientAddress()), text);
        assertTrue(text.contains(localUrl() + "/reset-password"), text);
        assertTrue(text.contains("cannot be turned off"), text);
    }

    @Test
    void aNewKeyIsToldWithItsNameWhoMadeItAndFromWhere() {
        String email = Api.uniqueEmail("key-notice");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String parent = api.createKeyValue(session, "{\"name\":\"deploy bot\"}");
        String byDashboard = MailOutbox.text(outbox.latestTo(email, KEY_CREATED));
        assertTrue(byDashboard.contains("\"deploy bot\""), byDashboard);
        assertTrue(byDashboard.contains("by a dashboard session of your account"), byDashboard);
        assertTrue(byDashboard.contains("from the address " + api.clientAddress()), byDashboard);
        assertTrue(byDashboard.contains(localUrl() + "/settings/api-keys"), byDashboard);
        assertTrue(byDashboard.contains(localUrl() + "/settings/account"), byDashboard);

        Reply child = api.post("/api/v1/keys", "{\"name\":\"made by the bot\"}", bearer(parent));
        assertEquals(201, child.status(), child.body());
        String byKey = mailMentioning(email, KEY_CREATED, "\"made by the bot\"");
        assertTrue(byKey.contains("by your API key \"deploy bot\""), byKey);
    }

    @Test
    void aRolledKeysSuccessorIsToldAsANewKey() {
        String email = Api.uniqueEmail("roll-notice");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String id = api.createKey(session, "{\"name\":\"nightly\"}").json().getString("id");
        Reply rolled = api.post("/api/v1/keys/" + id + "/roll", "{}", session.headers());
        assertEquals(201, rolled.status(), rolled.body());
        String text = mailMentioning(email, KEY_CREATED, "by rolling the key \"nightly\"");
        assertTrue(text.contains(rolled.json().getString("id")), text);
        assertTrue(text.contains("which works until"), text);
    }

    @Test
    void aKeyMailTurnedOffIsNotSent() {
        String email = Api.uniqueEmail("key-optout");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        JsonObject chosen = choose(session, "{\"key_created\":false}");
        assertFalse(chosen.getBoolean("key_created"));
        assertTrue(chosen.getBoolean("new_sign_in"), "a choice not sent stays as it was");
        api.createKeyValue(session, "{\"name\":\"quiet key\"}");
        choose(session, "{\"key_created\":true}");
        api.createKeyValue(session, "{\"name\":\"sentinel key\"}");
        mailMentioning(email, KEY_CREATED, "\"sentinel key\"");
        assertEquals(
                1,
                subjects(email).stream().filter(KEY_CREATED::equals).count(),
                subjects(email).toString());
    }

    @Test
    void aSignInFromANewDeviceIsToldOnceAndTheFirstEverIsNot() {
        String email = Api.uniqueEmail("device");
        api.signUp(email);
        api.logIn(email); // the account's first device: nothing to compare it with, no mail
        logInWithAgent(email, "Firefox on the test bench");
        String text = mailMentioning(email, NEW_SIGN_IN, "Firefox on the test bench");
        assertTrue(text.contains("Address: " + api.clientAddress()), text);
        assertTrue(text.contains(localUrl() + "/reset-password"), text);
        logInWithAgent(email, "Firefox on the test bench"); // known now
        logInWithAgent(email, "Sentinel browser");
        mailMentioning(email, NEW_SIGN_IN, "Sentinel browser");
        assertEquals(
                2,
                subjects(email).stream().filter(NEW_SIGN_IN::equals).count(),
                subjects(email).toString());
    }

    @Test
    void aNewDeviceMailTurnedOffIsNotSent() {
        String email = Api.uniqueEmail("device-optout");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        choose(session, "{\"new_sign_in\":false}");
        logInWithAgent(email, "Quiet browser");
        choose(session, "{\"new_sign_in\":true}");
        logInWithAgent(email, "Sentinel browser");
        mailMentioning(email, NEW_SIGN_IN, "Sentinel browser");
        assertEquals(
                1,
                subjects(email).stream().filter(NEW_SIGN_IN::equals).count(),
                subjects(email).toString());
    }

    @Test
    void aSuspendedAccountsRightPasswordAnswersLikeAWrongOneAndMailsTheOwnerOnceAnHour() throws Exception {
        String email = Api.uniqueEmail("suspended-notice");
        String id = api.signUp(email).getString("id");
        api.logIn(email);
        assertEquals(
                200,
                api.send("PATCH", "/api/v1/users/" + id, "{\"status\":\"suspended\"}", bearer(admin()))
                        .status());
        Reply wrong = login(email, "not the password at all", "Same browser");
        Reply right = login(email, Api.PASSWORD, "Same browser");
        Reply rightAgain = login(email, Api.PASSWORD, "Same browser");
        for (Reply refused : List.of(right, rightAgain)) {
            assertEquals(wrong.status(), refused.status());
            assertEquals(wrong.body(), refused.body(), "byte for byte a wrong password's answer");
            assertEquals(wrong.header("WWW-Authenticate"), refused.header("WWW-Authenticate"));
            assertEquals(wrong.header("Content-Type"), refused.header("Content-Type"));
        }
        String text = MailOutbox.text(outbox.latestTo(email, SUSPENDED));
        assertTrue(text.contains("because your account is suspended"), text);
        assertTrue(text.contains("from " + api.clientAddress()), text);
        assertTrue(text.contains("contact"), text);

        // A sentinel after both attempts: active again, a sign-in from a new device is told; by then a second
        // suspended-account mail would have been written too.
        api.send("PATCH", "/api/v1/users/" + id, "{\"status\":\"active\"}", bearer(admin()));
        logInWithAgent(email, "Sentinel browser");
        mailMentioning(email, NEW_SIGN_IN, "Sentinel browser");
        assertEquals(
                1,
                subjects(email).stream().filter(SUSPENDED::equals).count(),
                subjects(email).toString());
    }

    @Test
    void aWrongPasswordForASuspendedAccountMailsNobody() {
        String email = Api.uniqueEmail("suspended-wrong");
        String id = api.signUp(email).getString("id");
        api.logIn(email);
        api.send("PATCH", "/api/v1/users/" + id, "{\"status\":\"suspended\"}", bearer(admin()));
        assertEquals(
                401, login(email, "not the password at all", "Some browser").status());
        api.send("PATCH", "/api/v1/users/" + id, "{\"status\":\"active\"}", bearer(admin()));
        logInWithAgent(email, "Sentinel browser");
        mailMentioning(email, NEW_SIGN_IN, "Sentinel browser");
        assertFalse(subjects(email).contains(SUSPENDED), subjects(email).toString());
    }

    private JsonObject choose(Api.Session session, String notifications) {
        Reply reply =
                api.send("PATCH", "/api/v1/account", "{\"notifications\":" + notifications + "}", session.headers());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("notifications");
    }

    private void logInWithAgent(String email, String userAgent) {
        Reply reply = login(email, Api.PASSWORD, userAgent);
        assertEquals(200, reply.status(), reply.body());
    }

    private Reply login(String email, String password, String userAgent) {
        return api.post(
                "/api/v1/sessions",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                "User-Agent",
                userAgent);
    }

    /** The text of a mail to {@code email} with this subject that contains {@code part}, waiting up to 10 s. */
    String mailMentioning(String email, String subject, String part) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            for (MimeMessage message : outbox.messagesTo(email)) {
                String text = MailOutbox.text(message);
                if (subjectOf(message).equals(subject) && text.contains(part)) {
                    return text;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail \"" + subject + "\" mentioning " + part + " to " + email);
            }
            pause();
        }
    }

    List<String> subjects(String email) {
        return outbox.messagesTo(email).stream().map(SecurityMailIT::subjectOf).toList();
    }

    String localUrl() {
        return "http://localhost:" + api.base().getPort();
    }

    private String admin() {
        if (adminKey == null) {
            adminKey = api.newAdminKey("notices-admin@genx3d.test");
        }
        return adminKey;
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
