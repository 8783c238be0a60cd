package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The organizations dashboard (issue 31) in headless Chromium, as two colleagues use it: the owner makes an
 * organization from the switcher, a project, and invites a colleague; the colleague follows the mailed link, logs in
 * and comes back to join, makes a project key that names them, and is removed by the owner, the key surviving them.
 */
class OrganizationsDashboardIT extends BrowserTest {

    private final MailOutbox outbox = MailOutbox.shared();

    @Test
    void anOwnerInvitesAColleagueWhoJoinsMakesAProjectKeyAndIsRemoved() throws IOException {
        String owner = person("owner", "Olga Owner");
        String colleague = person("colleague", "Carl Colleague");
        logIn(owner);

        String organizationId = createOrganizationFromTheSwitcher("Acme Robotics");
        browser.type("#project-name", "Render farm");
        browser.find("#new-project button[type=submit]").click();
        browser.waitForText("#projects", "Render farm");
        String projectId = browser.find("#projects tr[data-project-id]").getDomAttribute("data-project-id");
        browser.type("#invite-email", colleague);
        browser.find("#invite button[type=submit]").click();
        browser.waitForText("#invitations", colleague);
        browser.screenshot("organization-owner");

        browser.forgetCookies();
        browser.open("/invitations/accept?token=" + outbox.tokenFor(colleague, "accept"));
        browser.visible("#invitation-login").click();
        browser.await().until(driver -> browser.path().startsWith("/login?next="));
        browser.waitForText("#notice", "the address your invitation was sent to");
        browser.type("#email", colleague);
        browser.type("#password", Api.PASSWORD);
        browser.find("#login button[type=submit]").click();
        browser.waitForText("#invitation-status", "You joined Acme Robotics as a member.");
        browser.visible("#joined-organization").click();
        browser.waitForPath("/organization?id=" + organizationId);
        browser.waitForText("#members", "Olga Owner");
        assertFalse(browser.find("#invitations-section").isDisplayed(), "a member does not manage invitations");
        assertTrue(browser.findAll("#members button").isEmpty(), "a member removes nobody");

        browser.find("#projects a[href='/project?project_id=" + projectId + "']")
                .click();
        browser.waitForText("main h1", "Render farm → API Keys");
        browser.visible("#generate").click();
        assertFalse(browser.find("#preset-admin").isDisplayed(), "a project key is at most Standard");
        browser.type("#key-name", "CI pipeline");
        browser.find("#new-key-form button[type=submit]").click();
        assertTrue(browser.visible("#new-key-value").getDomProperty("value").startsWith("sk-"));
        browser.waitForText("#new-key-summary", "Project “Render farm”");
        browser.find("#new-key-done").click();
        browser.waitForText("#active-keys", "Created by Carl Colleague");
        WebElement row = browser.find("#active-keys tr[data-key-id]");
        assertTrue(
                row.getText().contains("CI pipeline") && row.getText().contains("Created by Carl Colleague"),
                row.getText());
        browser.screenshot("project-keys-member");

        browser.forgetCookies();
        logIn(owner);
        browser.open("/organization?id=" + organizationId);
        browser.visible("#members button[aria-label='Remove Carl Colleague']").click();
        browser.visible("#confirm-dialog-ok").click();
        browser.await().until(driver -> !browser.find("#members").getText().contains("Carl Colleague"));

        Api.Session session = api.logIn(owner);
        List<JsonObject> keys = api.get("/api/v1/projects/" + projectId + "/keys", session.headers())
                .json()
                .getJsonArray("data")
                .getValuesAs(JsonObject.class);
        assertEquals(1, keys.size());
        assertEquals("active", keys.get(0).getString("status"), "the key outlives its maker's membership");
        assertEquals("Carl Colleague", keys.get(0).getJsonObject("created_by").getString("name"));
        browser.open("/project?project_id=" + projectId);
        browser.waitForText("#active-keys", "Created by Carl Colleague");
    }

    @Test
    void theInvitationPageShowsTheRefusalForAnotherAddress() throws IOException {
        String owner = person("inviter", "Ines Inviter");
        String invited = Api.uniqueEmail("invited");
        String stranger = person("stranger", "Sam Stranger");
        Api.Session session = api.logIn(owner);
        String organizationId = api.post("/api/v1/organizations", "{\"name\":\"Beta Labs\"}", session.headers())
                .json()
                .getString("id");
        assertEquals(
                201,
                api.post(
                                "/api/v1/organizations/" + organizationId + "/invitations",
                                "{\"email\":\"" + invited + "\",\"role\":\"viewer\"}",
                                session.headers())
                        .status());

        logIn(stranger);
        browser.open("/invitations/accept?token=" + outbox.tokenFor(invited, "accept"));
        browser.waitForText("#invitation-error", "another address");
        browser.visible("#switch-account");
        assertEquals(
                404,
                api.get(
                                "/api/v1/organizations/" + organizationId,
                                api.logIn(stranger).headers())
                        .status(),
                "the refused stranger did not join");
    }

    /**
     * One flow from the mail for someone new: signed up but not verified yet, the invitation page waits, and once the
     * address is verified (here through the mailed link, as the person would in another tab) it joins by itself.
     */
    @Test
    void aNewcomerWhoVerifiesTheirAddressJoinsWithoutComingBack() throws IOException {
        String owner = person("inviting", "Ann Owner");
        Api.Session session = api.logIn(owner);
        String organizationId = api.post("/api/v1/organizations", "{\"name\":\"Newcomers\"}", session.headers())
                .json()
                .getString("id");
        String newcomer = Api.uniqueEmail("newcomer");
        assertEquals(
                201,
                api.post(
                                "/api/v1/organizations/" + organizationId + "/invitations",
                                "{\"email\":\"" + newcomer + "\",\"role\":\"member\"}",
                                session.headers())
                        .status());
        String token = outbox.tokenFor(newcomer, "accept");
        api.signUp(newcomer);

        logIn(newcomer);
        browser.open("/invitations/accept?token=" + token);
        browser.visible("#invitation-waiting");
        // Opened signed in (as the person would, in another tab of this browser): a link opened outside the account's
        // sessions would end them, this page's included.
        Reply verified = api.post(
                "/api/v1/email-verifications",
                "{\"token\":\"" + outbox.tokenFor(newcomer, "verify-email") + "\"}",
                api.logIn(newcomer).headers());
        assertEquals(200, verified.status(), verified.body());
        browser.waitForText("#invitation-status", "You joined Newcomers as a member");
        assertEquals(
                200,
                api.get(
                                "/api/v1/organizations/" + organizationId,
                                api.logIn(newcomer).headers())
                        .status());
    }

    /** A verified account with this name; its address. */
    private String person(String who, String name) {
        String email = Api.uniqueEmail(who);
        assertEquals(
                201,
                api.post(
                                "/api/v1/accounts",
                                "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"" + name
                                        + "\"}")
                        .status());
        api.verifyEmail(outbox, email);
        return email;
    }

    /** Chooses "New organization…" in the header, names it, and lands on its page; its id. */
    private String createOrganizationFromTheSwitcher(String name) {
        browser.await().until(driver -> "true".equals(browser.find("#workspace").getDomAttribute("data-ready")));
        new Select(browser.find("#workspace")).selectByValue("new");
        browser.visible("#organization-name");
        browser.type("#organization-name", name);
        browser.find("#new-organization button[type=submit]").click();
        browser.await().until(driver -> browser.path().startsWith("/organization?id="));
        browser.waitForText("main h1", name);
        assertEquals(
                name + " (owner)",
                new Select(browser.find("#workspace")).getFirstSelectedOption().getText());
        return browser.path().substring("/organization?id=".length());
    }
}
