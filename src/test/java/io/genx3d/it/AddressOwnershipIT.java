package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Who owns an address, and what its proof ends (the second attacker's findings 2, 7 and 11): an account made by a
 * stranger with someone else's address loses everything the stranger made once the owner proves the address, the
 * owner's reset cannot be blocked by anyone else, and a reset link dies with a password change.
 */
class AddressOwnershipIT extends DeployedApiTest {

    private static final String NEW_PASSWORD = "the owner's own passphrase";

    private final MailOutbox outbox = MailOutbox.shared();

    @Test
    void finding2_aResetLinkOnAnUnverifiedAccountEndsTheStrangersKeysAndSessions() {
        String email = Api.uniqueEmail("victim");
        Api attacker = api;
        Api owner = api.asNewClient();
        attacker.signUp(email);
        Api.Session attackerSession = attacker.logIn(email);
        JsonObject attackerKey =
                attacker.createKey(attackerSession, "{\"name\":\"planted\"}").json();
        String planted = attackerKey.getString("key");
        assertEquals(200, attacker.get("/api/v1/models", bearer(planted)).status());

        Reply ownersSignUp = owner.post(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + NEW_PASSWORD + "\",\"name\":\"O\"}");
        assertEquals(409, ownersSignUp.status());
        resetPassword(owner, email);

        assertEquals(401, attacker.get("/api/v1/models", bearer(planted)).status(), "the planted key is revoked");
        assertEquals(
                401,
                attacker.get("/api/v1/sessions", "Cookie", attackerSession.cookie())
                        .status());
        Api.Session ownerSession = owner.logIn(email, NEW_PASSWORD);
        JsonObject shown = owner.get("/api/v1/keys/" + attackerKey.getString("id"), ownerSession.headers())
                .json();
        assertEquals("ownership_proven", shown.getString("revoked_reason"));
        JsonObject proven = owner.get("/api/v1/audit-events?type=account.ownership_proven", ownerSession.headers())
                .json()
                .getJsonArray("data")
                .getJsonObject(0);
        assertEquals("reset_link", proven.getJsonObject("details").getString("proof"));
        assertEquals(1, proven.getJsonObject("details").getInt("keys_revoked"));
        String revokedEvent = owner.get("/api/v1/audit-events?type=key.revoked", ownerSession.headers())
                .body();
        assertTrue(revokedEvent.contains("ownership_proven"), revokedEvent);
    }

    @Test
    void finding2_theResetMailSaysWhatTheResetEndsWhenThePasswordIsNotProven() {
        String email = Api.uniqueEmail("unproven");
        api.signUp(email);
        api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
        String mail = MailOutbox.text(latestResetMail(email));
        assertTrue(mail.contains("every API key is revoked"), mail);

        String proven = Api.uniqueEmail("proven");
        api.signUp(proven);
        Api.Session session = api.logIn(proven);
        verifyIn(session, proven);
        api.post("/api/v1/password-resets", "{\"email\":\"" + proven + "\"}");
        String plain = MailOutbox.text(latestResetMail(proven));
        assertFalse(plain.contains("revoked"), "verified in its own session, the account keeps its keys: " + plain);
    }

    @Test
    void finding2_aStrangersKeyLosesAnAdminAddressOnceItsOwnerResets() {
        String email = "takeover-admin@genx3d.test";
        Api owner = api.asNewClient();
        api.signUp(email);
        String planted = api.createKeyValue(api.logIn(email), "{\"name\":\"planted\"}");
        resetPassword(owner, email);

        Reply login = owner.post("/api/v1/sessions", loginBody(email, NEW_PASSWORD));
        assertEquals("admin", login.json().getJsonObject("account").getString("role"), login.body());
        Api.Session ownerSession = owner.logIn(email, NEW_PASSWORD);
        String ownersKey = owner.createKeyValue(ownerSession, "{\"name\":\"mine\",\"level\":\"admin\"}");
        assertEquals(401, api.get("/api/v1/keys", bearer(planted)).status());
        assertEquals(401, api.get("/api/v1/audit-events", bearer(planted)).status());
        assertEquals(200, owner.get("/api/v1/keys", bearer(ownersKey)).status());
    }

    @Test
    void finding2_aVerificationLinkOpenedOutsideTheAccountsSessionEndsWhatWasMadeBefore() {
        String email = Api.uniqueEmail("clicked");
        Api owner = api.asNewClient();
        api.signUp(email);
        Api.Session attackerSession = api.logIn(email);
        String planted = api.createKeyValue(attackerSession, "{\"name\":\"planted\"}");

        Reply verified = owner.post(
                "/api/v1/email-verifications", "{\"token\":\"" + outbox.tokenFor(email, "verify-email") + "\"}");
        assertEquals(200, verified.status(), verified.body());
        assertTrue(verified.json().getBoolean("email_verified"));
        JsonObject ended = verified.json().getJsonObject("ended_before_proof");
        assertEquals(1, ended.getInt("sessions"), verified.body());
        assertEquals(1, ended.getInt("keys"));
        assertEquals(401, api.get("/api/v1/models", bearer(planted)).status());
        assertEquals(
                401,
                api.get("/api/v1/sessions", "Cookie", attackerSession.cookie()).status());

        // The stranger still knows the password and comes back; the owner, who does not, resets it: that ends it all.
        String comeback = api.createKeyValue(api.logIn(email), "{\"name\":\"after the click\"}");
        resetPassword(owner, email);
        assertEquals(401, api.get("/api/v1/models", bearer(comeback)).status(), "the password was never proven");
        assertEquals(
                200,
                owner.post("/api/v1/sessions", loginBody(email, NEW_PASSWORD)).status());
    }

    @Test
    void finding2_anAccountVerifiedThroughTheApiWithNothingMadeBeforeCarriesOn() {
        String email = Api.uniqueEmail("api-user");
        api.signUp(email);
        JsonObject verified = api.verifyEmail(outbox, email);
        assertTrue(verified.isNull("ended_before_proof"), verified.toString());
        String key = api.createKeyValue(api.logIn(email), "{\"name\":\"after\"}");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
    }

    @Test
    void finding2_aPersonVerifyingTheirOwnNewAccountInTheirSessionKeepsEverything() {
        String email = Api.uniqueEmail("own");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String key = api.createKeyValue(session, "{\"name\":\"early\"}");

        Reply verified = verifyIn(session, email);
        assertTrue(verified.json().isNull("ended_before_proof"), verified.body());
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(
                200, api.get("/api/v1/sessions", "Cookie", session.cookie()).status());
        assertEquals(
                200,
                api.post("/api/v1/sessions", loginBody(email, Api.PASSWORD)).status());
    }

    @Test
    void finding7_nobodyCanKeepAPersonFromResettingTheirPasswordNorFloodTheirMailbox() throws InterruptedException {
        String email = Api.uniqueEmail("blocked");
        api.signUp(email);
        for (Api flooder : new Api[] {api.asNewClient(), api.asNewClient()}) {
            for (int i = 0; i < 25; i++) {
                assertEquals(
                        202,
                        flooder.post("/api/v1/password-resets", resetBody(email))
                                .status());
            }
        }
        Reply own = api.asNewClient().post("/api/v1/password-resets", resetBody(email));
        assertEquals(202, own.status(), "the email is never the reason for a refusal: " + own.body());
        assertEquals(
                "If an account uses this address, a link to reset its password has been sent to it",
                own.json().getString("message"));

        String sentinel = Api.uniqueEmail("sentinel");
        api.signUp(sentinel);
        api.post("/api/v1/password-resets", resetBody(sentinel));
        outbox.tokenFor(sentinel, "reset-password");
        assertEquals(
                1,
                outbox.messagesTo(email).stream()
                        .filter(AddressOwnershipIT::isResetMail)
                        .count(),
                "one reset mail a minute, however many were asked for");
    }

    @Test
    void finding11_changingThePasswordEndsTheResetLinksStillOutstanding() {
        String email = Api.uniqueEmail("changed");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
        String token = outbox.tokenFor(email, "reset-password");
        Reply changed = api.send(
                "PUT",
                "/api/v1/sessions/password",
                "{\"current_password\":\"" + Api.PASSWORD + "\",\"new_password\":\"" + NEW_PASSWORD + "\"}",
                session.headers());
        assertEquals(204, changed.status(), changed.body());

        Reply stale = api.post(
                "/api/v1/password-resets/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"a stranger's choice\"}");
        assertEquals(400, stale.status(), stale.body());
        assertEquals("token", stale.error().getJsonObject("details").getString("field"));
        assertEquals(
                200,
                api.post("/api/v1/sessions", loginBody(email, NEW_PASSWORD)).status());
    }

    private static String resetBody(String email) {
        return "{\"email\":\"" + email + "\"}";
    }

    /** Opens the verification link in the browser that holds {@code session}: its cookie goes along. */
    private Reply verifyIn(Api.Session session, String email) {
        Reply verified = api.post(
                "/api/v1/email-verifications",
                "{\"token\":\"" + outbox.tokenFor(email, "verify-email") + "\"}",
                "Cookie",
                session.cookie());
        assertEquals(200, verified.status(), verified.body());
        return verified;
    }

    private void resetPassword(Api client, String email) {
        Reply requested = client.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
        assertEquals(202, requested.status(), requested.body());
        String token = outbox.tokenFor(email, "reset-password");
        Reply confirmed = client.post(
                "/api/v1/password-resets/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(204, confirmed.status(), confirmed.body());
    }

    private jakarta.mail.internet.MimeMessage latestResetMail(String email) {
        outbox.tokenFor(email, "reset-password");
        return outbox.messagesTo(email).stream()
                .filter(AddressOwnershipIT::isResetMail)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static boolean isResetMail(jakarta.mail.internet.MimeMessage message) {
        return MailOutbox.text(message).contains("/reset-password?token=");
    }

    private static String loginBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
