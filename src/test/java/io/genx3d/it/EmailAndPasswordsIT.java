package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.SharedServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 2 and "accounts people expect": the verification mail and its single-use link, password reset by
 * mail (the same answer whether or not the address has an account), changing the password, and logging out
 * everywhere. Mail goes to the shared server's outbox, which has no SMTP server configured.
 */
class EmailAndPasswordsIT extends DeployedApiTest {

    private static final String NEW_PASSWORD = "a much longer new passphrase";

    private final MailOutbox outbox = MailOutbox.shared();

    @Test
    void signUpMailsAVerificationLinkThatWorksOnce() throws Exception {
        String email = Api.uniqueEmail("verify");
        assertFalse(api.signUp(email).getBoolean("email_verified"));
        MimeMessage mail = outbox.latestTo(email);
        assertEquals("Verify your email address for genx3D", mail.getSubject());
        Matcher link = MailOutbox.linkIn(mail, "verify-email");
        assertEquals(
                "http://localhost:" + api.base().getPort() + "/verify-email?token=" + link.group(3), link.group(1));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        Files.list(outbox.directory()).findFirst().orElseThrow())));

        Reply verified = api.post("/api/v1/email-verifications", "{\"token\":\"" + link.group(3) + "\"}");
        assertEquals(200, verified.status(), verified.body());
        assertTrue(verified.json().getBoolean("email_verified"));
        assertTrue(api.logIn(email) != null);

        Reply again = api.post("/api/v1/email-verifications", "{\"token\":\"" + link.group(3) + "\"}");
        assertEquals(400, again.status());
        assertEquals("token", again.error().getJsonObject("details").getString("field"));
        // Issue 30, bug 5: a used link of a verified address says so, not "invalid"
        assertEquals("already_verified", again.error().getJsonObject("details").getString("reason"), again.body());
        assertEquals(
                "This email address is already verified; log in to continue",
                again.error().getString("message"));
        Reply unknown = api.post("/api/v1/email-verifications", "{\"token\":\"abc\"}");
        assertEquals(400, unknown.status());
        assertFalse(unknown.error().getJsonObject("details").containsKey("reason"), "an unknown token tells nothing");
        assertTrue(SharedServer.log().contains("written to " + outbox.directory()));
    }

    /** Issue 30, bug 5: a server whose mail links would point to localhost says so when it starts. */
    @Test
    void aServerWithoutAPublicUrlWarnsThatItsMailLinksPointToLocalhost() throws Exception {
        assertTrue(
                SharedServer.log().contains("genx3d.public-url (GENX3D_PUBLIC_URL) is not set"),
                "the shared server has no GENX3D_PUBLIC_URL and must warn");
    }

    @Test
    void aResetRequestAnswersTheSameWhetherOrNotTheAddressHasAnAccount() {
        String email = Api.uniqueEmail("reset");
        api.signUp(email);
        Reply known = api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
        Reply unknown = api.post("/api/v1/password-resets", "{\"email\":\"" + Api.uniqueEmail("nobody") + "\"}");
        assertEquals(202, known.status(), known.body());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body());
        assertEquals(
                "If an account uses this address, a link to reset its password has been sent to it",
                known.json().getString("message"));
        outbox.tokenFor(email, "reset-password"); // mailed after the answer: wait for it
        assertEquals("Reset your genx3D password", subjectOfLatest(email));
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() {
        String email = Api.uniqueEmail("forgot");
        api.signUp(email);
        Api.Session before = api.logIn(email);
        api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
        String token = outbox.tokenFor(email, "reset-password");

        Reply tooShort =
                api.post("/api/v1/password-resets/confirm", "{\"token\":\"" + token + "\",\"password\":\"short\"}");
        assertEquals(400, tooShort.status());
        assertEquals("password", tooShort.error().getJsonObject("details").getString("field"));

        Reply reset = api.post(
                "/api/v1/password-resets/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(204, reset.status(), reset.body());
        assertEquals(401, api.get("/api/v1/sessions", "Cookie", before.cookie()).status());
        assertEquals(401, logIn(email, Api.PASSWORD).status());
        Reply withNew = logIn(email, NEW_PASSWORD);
        assertEquals(200, withNew.status());
        assertTrue(withNew.json().getJsonObject("account").getBoolean("email_verified"), "the mailbox was proven");

        Reply reused = api.post(
                "/api/v1/password-resets/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"" + NEW_PASSWORD + "x\"}");
        assertEquals(400, reused.status());
        Reply verificationTokenForReset = api.post(
                "/api/v1/password-resets/confirm",
                "{\"token\":\"" + outbox.tokenFor(email, "verify-email") + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(400, verificationTokenForReset.status(), "a token serves its own purpose only");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEveryOtherSession() {
        String email = Api.uniqueEmail("change");
        api.signUp(email);
        Api.Session other = api.logIn(email);
        Api.Session here = api.logIn(email);

        Reply wrong = api.send(
                "PUT",
                "/api/v1/sessions/password",
                "{\"current_password\":\"not the password\",\"new_password\":\"" + NEW_PASSWORD + "\"}",
                here.headers());
        assertEquals(400, wrong.status());
        assertEquals("current_password", wrong.error().getJsonObject("details").getString("field"));
        assertEquals(200, api.get("/api/v1/sessions", "Cookie", other.cookie()).status());

        Reply changed = api.send(
                "PUT",
                "/api/v1/sessions/password",
                "{\"current_password\":\"" + Api.PASSWORD + "\",\"new_password\":\"" + NEW_PASSWORD + "\"}",
                here.headers());
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, api.get("/api/v1/sessions", "Cookie", other.cookie()).status());
        assertEquals(200, api.get("/api/v1/sessions", "Cookie", here.cookie()).status());
        assertEquals(200, logIn(email, NEW_PASSWORD).status());
    }

    @Test
    void loggingOutEverywhereEndsEverySession() {
        String email = Api.uniqueEmail("everywhere");
        api.signUp(email);
        Api.Session laptop = api.logIn(email);
        Api.Session phone = api.logIn(email);
        Reply out = api.send("DELETE", "/api/v1/sessions/all", null, phone.headers());
        assertEquals(204, out.status(), out.body());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        assertEquals(401, api.get("/api/v1/sessions", "Cookie", laptop.cookie()).status());
        assertEquals(401, api.get("/api/v1/sessions", "Cookie", phone.cookie()).status());
    }

    private Reply logIn(String email, String password) {
        return api.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private String subjectOfLatest(String email) {
        try {
            return outbox.latestTo(email).getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
