package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 30, Settings → Account through the API: the signed-in account ({@code GET/PATCH /api/v1/account}: the name and
 * the security-mail choices, with their validation), and changing the address by a link mailed to the new one
 * ({@code /api/v1/email-changes}): only the link moves the account, the old address is told, the link works once.
 */
@Tag("postgresql")
class AccountSettingsIT extends DeployedApiTest {

    private final MailOutbox outbox = MailOutbox.shared();

    @Test
    void theAccountShowsItsNameAndEveryNoticeOnByDefault() {
        String email = Api.uniqueEmail("settings");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        JsonObject account = api.get("/api/v1/account", session.headers()).json();
        assertEquals(email, account.getString("email"));
        assertEquals("Test User", account.getString("name"));
        assertTrue(account.isNull("pending_email"));
        JsonObject notifications = account.getJsonObject("notifications");
        assertEquals(Set.of("key_created", "new_sign_in", "email_changed"), notifications.keySet());
        assertTrue(notifications.values().stream().allMatch(value -> value == jakarta.json.JsonValue.TRUE));
    }

    @Test
    void theNameIsTrimmedSavedAndAudited() {
        Api.Session session = api.newSession();
        Reply renamed = patch(session, "{\"name\":\"  Ann Smith  \"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Ann Smith", renamed.json().getString("name"));
        assertEquals(
                "Ann Smith",
                api.get("/api/v1/sessions", "Cookie", session.cookie())
                        .json()
                        .getJsonObject("account")
                        .getString("name"));
        assertTrue(
                auditTypes(session).contains("account.name_changed"),
                auditTypes(session).toString());
    }

    @Test
    void aBadNameOrChoiceIsRefusedOnItsFieldAndChangesNothing() {
        Api.Session session = api.newSession();
        assertRefused(patch(session, "{\"name\":\"   \"}"), "name", "must not be empty");
        assertRefused(
                patch(session, "{\"name\":\"Ann\\u0007\\nSmith\"}"), "name", "must not contain control characters");
        assertRefused(
                patch(session, "{\"name\":\"" + "n".repeat(101) + "\"}"), "name", "must be at most 100 characters");
        assertRefused(patch(session, "{\"name\":5}"), "name", "must be a string");
        assertRefused(patch(session, "{\"name\":null}"), "name", "must not be null");
        assertRefused(patch(session, "{\"email\":\"x@example.com\"}"), "email", "is not a recognised field");
        assertRefused(patch(session, "{\"notifications\":true}"), "notifications", "must be an object");
        assertRefused(
                patch(session, "{\"notifications\":{\"key_created\":\"no\"}}"),
                "notifications.key_created",
                "must be true or false");
        assertRefused(
                patch(session, "{\"notifications\":{\"password_changed\":false}}"),
                "notifications.password_changed",
                "is not a recognised field");
        // Checked before anything changes: a good name beside a bad choice is not saved.
        assertRefused(
                patch(session, "{\"name\":\"Half saved\",\"notifications\":{\"new_sign_in\":0}}"),
                "notifications.new_sign_in",
                "must be true or false");
        assertEquals(
                "Test User",
                api.get("/api/v1/account", session.headers()).json().getString("name"));
    }

    @Test
    void theAccountIsTheSessionsOwnNotAKeys() {
        Api.Session session = api.newSession();
        String key = api.createKeyValue(session, "{\"name\":\"k\"}");
        Reply byKey = api.get("/api/v1/account", bearer(key));
        assertEquals(403, byKey.status(), byKey.body());
        assertEquals(401, api.get("/api/v1/account").status());
        Reply withoutCsrf = api.send("PATCH", "/api/v1/account", "{\"name\":\"x\"}", "Cookie", session.cookie());
        assertEquals(403, withoutCsrf.status(), withoutCsrf.body());
    }

    @Test
    void anAddressChangesOnlyWhenTheLinkMailedToItIsOpenedAndTheOldOneIsTold() {
        String oldEmail = Api.uniqueEmail("moving");
        String newEmail = Api.uniqueEmail("moved");
        api.signUp(oldEmail);
        Api.Session session = api.logIn(oldEmail);
        Reply requested = requestChange(session, newEmail.toUpperCase(), Api.PASSWORD);
        assertEquals(202, requested.status(), requested.body());
        assertEquals(newEmail, requested.json().getString("pending_email"));
        JsonObject pending = api.get("/api/v1/account", session.headers()).json();
        assertEquals(oldEmail, pending.getString("email"), "nothing changes before the link is opened");
        assertEquals(newEmail, pending.getString("pending_email"));

        String token = outbox.tokenFor(newEmail, "confirm-email");
        assertTrue(MailOutbox.text(outbox.latestTo(newEmail, "Confirm your new email address"))
                .contains("from " + oldEmail + " to " + newEmail));
        Reply confirmed = api.post("/api/v1/email-changes/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(newEmail, confirmed.json().getString("email"));
        assertTrue(confirmed.json().getBoolean("email_verified"), "the link proved the new address");

        String told = MailOutbox.text(outbox.latestTo(oldEmail, SecurityMailIT.EMAIL_CHANGED));
        assertTrue(told.contains("changed from " + oldEmail + " to " + newEmail.charAt(0) + "…@e…"), told);
        assertFalse(told.contains(newEmail), "the new address is not given away whole");
        assertTrue(told.contains("contact"), told);

        api.logIn(newEmail);
        assertEquals(
                401,
                api.post("/api/v1/sessions", "{\"email\":\"" + oldEmail + "\",\"password\":\"" + Api.PASSWORD + "\"}")
                        .status());
        assertTrue(api.get("/api/v1/account", session.headers()).json().isNull("pending_email"));
        assertTrue(
                auditTypes(session).contains("account.email_changed"),
                auditTypes(session).toString());

        Reply again = api.post("/api/v1/email-changes/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals(400, again.status(), again.body());
        assertEquals("token", again.error().getJsonObject("details").getString("field"));
    }

    @Test
    void aChangeNeedsThePasswordANewAddressAndOneNoOtherAccountUses() {
        String email = Api.uniqueEmail("change-rules");
        String taken = Api.uniqueEmail("taken");
        api.signUp(email);
        api.signUp(taken);
        Api.Session session = api.logIn(email);
        assertRefused(
                requestChange(session, Api.uniqueEmail("x"), "not the password at all"),
                "current_password",
                "is not the account's password");
        assertRefused(requestChange(session, email, Api.PASSWORD), "email", "is already this account's address");
        assertRefused(requestChange(session, "not-an-address", Api.PASSWORD), "email", "must be a valid email address");
        Reply conflict = requestChange(session, taken, Api.PASSWORD);
        Reply signUp = api.post(
                "/api/v1/accounts",
                "{\"email\":\"" + taken + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"x\"}");
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals(signUp.status(), conflict.status());
        assertEquals(signUp.body(), conflict.body(), "no more than sign-up tells");
        Reply byKey = api.post(
                "/api/v1/email-changes",
                "{\"email\":\"" + Api.uniqueEmail("y") + "\",\"current_password\":\"" + Api.PASSWORD + "\"}",
                bearer(api.createKeyValue(session, "{\"name\":\"k\"}")));
        assertEquals(403, byKey.status(), byKey.body());
    }

    @Test
    void anEmailChangedMailTurnedOffIsNotSentToTheOldAddress() {
        String oldEmail = Api.uniqueEmail("quiet-move");
        String newEmail = Api.uniqueEmail("quiet-moved");
        api.signUp(oldEmail);
        Api.Session session = api.logIn(oldEmail);
        assertEquals(
                200,
                patch(session, "{\"notifications\":{\"email_changed\":false}}").status());
        assertEquals(202, requestChange(session, newEmail, Api.PASSWORD).status());
        Reply confirmed = api.post(
                "/api/v1/email-changes/confirm", "{\"token\":\"" + outbox.tokenFor(newEmail, "confirm-email") + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        // The old address is free again: a sign-up there is mailed after the change's notice would have been.
        api.signUp(oldEmail);
        outbox.latestTo(oldEmail, "Verify your email address");
        assertFalse(
                outbox.messagesTo(oldEmail).stream()
                        .map(SecurityMailIT::subjectOf)
                        .anyMatch(SecurityMailIT.EMAIL_CHANGED::equals),
                "turned off");
    }

    @Test
    void changingThePasswordEndsAnOutstandingEmailChangeLink() {
        String email = Api.uniqueEmail("change-then-password");
        String newEmail = Api.uniqueEmail("never-moved");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        assertEquals(202, requestChange(session, newEmail, Api.PASSWORD).status());
        String token = outbox.tokenFor(newEmail, "confirm-email");
        Reply changed = api.send(
                "PUT",
                "/api/v1/sessions/password",
                "{\"current_password\":\"" + Api.PASSWORD + "\",\"new_password\":\"" + Api.PASSWORD + " 2\"}",
                session.headers());
        assertEquals(204, changed.status(), changed.body());
        Reply confirmed = api.post("/api/v1/email-changes/confirm", "{\"token\":\"" + token + "\"}");
        assertEquals(400, confirmed.status(), confirmed.body());
        assertEquals(email, api.get("/api/v1/account", session.headers()).json().getString("email"));
    }

    private Reply patch(Api.Session session, String json) {
        return api.send("PATCH", "/api/v1/account", json, session.headers());
    }

    private Reply requestChange(Api.Session session, String email, String password) {
        return api.post(
                "/api/v1/email-changes",
                "{\"email\":\"" + email + "\",\"current_password\":\"" + password + "\"}",
                session.headers());
    }

    private Set<String> auditTypes(Api.Session session) {
        return api
                .get("/api/v1/audit-events?limit=100", "Cookie", session.cookie())
                .json()
                .getJsonArray("data")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(event -> event.getString("type"))
                .collect(Collectors.toSet());
    }

    private static void assertRefused(Reply reply, String field, String problem) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject error = reply.error();
        assertEquals("BAD_REQUEST", error.getString("code"), reply.body());
        assertEquals(field, error.getJsonObject("details").getString("field"), reply.body());
        assertTrue(error.getString("message").contains(problem), reply.body());
    }
}
