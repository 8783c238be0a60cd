package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard as a product (issue 18), in headless Chromium: the bugs a new user met (the admin's user list, field
 * errors that outlived the fix, an empty chat message sent, raw JSON for a mistyped address), the Settings area and
 * the feedback after each action. Every test ends with no console error and no CSP refusal.
 */
class DashboardPagesIT extends BrowserTest {

    @Test
    void aMistypedAddressIsAPageWithNavigationAndTheApiKeepsItsJson() {
        Reply page = api.get("/settingz", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(404, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("Page not found"));
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));

        Reply api404 = api.get(
                "/api/v1/nothing-here", "Accept", "text/html", "Authorization", "Bearer " + api.newStandardKey());
        assertEquals(404, api404.status());
        assertTrue(api404.header("Content-Type").startsWith("application/json"));
        Reply program = api.get("/settingz", "Accept", "application/json");
        assertEquals(404, program.status());
        assertEquals("NOT_FOUND", program.error().getString("code"));

        browser.open("/settingz");
        browser.waitForText("h1", "Page not found");
        assertTrue(browser.find("#missing-path").getText().equals("/settingz"));
        browser.waitForText("#nav", "Log in");
        browser.driver().findElement(By.linkText("API keys")).click();
        browser.await().until(driver -> browser.path().startsWith("/login?next="));

        String email = Api.uniqueEmail("lost");
        api.signUp(email);
        logIn(email);
        browser.open("/no/such/page");
        browser.waitForText("#nav", "Log out");
        browser.open("/settings");
        browser.waitForPath("/settings/api-keys");
    }

    @Test
    void aFieldsErrorGoesWhenTheFieldIsChangedAndAnEmptyChatMessageIsNotSent() {
        // Issue 30, bug 8: an empty form names every missing field at once, in sentence case, and sends nothing
        browser.open("/signup");
        browser.find("#signup button[type=submit]").click();
        browser.waitForText("#name-error", "Name is required.");
        assertEquals("Email is required.", browser.find("#email-error").getText());
        assertEquals("Password is required.", browser.find("#password-error").getText());
        assertEquals("true", browser.find("#email").getAttribute("aria-invalid"));
        assertEquals(
                0L,
                browser.script("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('/api/v1/accounts')).length;"),
                "nothing was sent");
        browser.open("/login");
        browser.type("#email", Api.uniqueEmail("half"));
        browser.find("#login button[type=submit]").click();
        browser.waitForText("#password-error", "Password is required.");
        assertEquals("", browser.find("#email-error").getText());

        browser.open("/signup");
        browser.type("#name", "Fay Fixer");
        browser.type("#email", Api.uniqueEmail("fix"));
        browser.type("#password", "short");
        browser.find("#signup button[type=submit]").click();
        browser.waitForText("#password-error", "at least 12 characters");
        browser.find("#password").sendKeys(" and longer");
        browser.await()
                .until(driver -> browser.find("#password-error").getText().isEmpty());
        assertNull(browser.find("#password").getAttribute("aria-invalid"));

        String email = Api.uniqueEmail("quiet");
        api.signUp(email);
        logIn(email);
        browser.open("/models");
        browser.visible("#chat-message");
        browser.find("#chat button[type=submit]").click();
        browser.waitForText("#chat-message-error", "Type what to build");
        assertEquals(
                0L,
                browser.script("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('/api/v1/chat')).length;"),
                "no request was made");
        browser.type("#chat-message", "Create a cube");
        browser.await()
                .until(driver -> browser.find("#chat-message-error").getText().isEmpty());

        // Issue 30, bug 9 (chat): an empty message's error goes when anything is sent, Undo included
        browser.find("#chat button[type=submit]").click();
        browser.await().until(driver -> browser.find("#undo").isEnabled());
        browser.find("#chat button[type=submit]").click();
        browser.waitForText("#chat-message-error", "Type what to build");
        browser.find("#undo").click();
        browser.await()
                .until(driver -> browser.find("#chat-message-error").getText().isEmpty());
        assertNull(browser.find("#chat-message").getAttribute("aria-invalid"));
    }

    @Test
    void theAdminsUserListPagesOnlyWhenThereIsMoreAndSuspendingAsksFirst() {
        String tag = "paged" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            api.signUp(tag + "-" + i + "@example.com");
        }
        String plainUser = Api.uniqueEmail("plain");
        api.signUp(plainUser);
        logIn(plainUser);
        browser.open("/admin/users");
        browser.waitForText("#not-admin", "needs an admin account");
        assertFalse(browser.find("#users-list").isDisplayed());
        assertFalse(browser.find("#more").isDisplayed());

        browser.forgetCookies();
        String adminEmail = "pages-admin@genx3d.test";
        api.post(
                "/api/v1/accounts",
                "{\"email\":\"" + adminEmail + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"Una Admin\"}");
        api.verifyEmail(MailOutbox.shared(), adminEmail);
        logIn(adminEmail);
        browser.open("/admin/users");
        browser.type("#find-email", tag);
        browser.find("#find button[type=submit]").click();
        browser.await()
                .until(driver ->
                        browser.findAll("#users tbody tr[data-user-id]").size() == 3);
        assertFalse(browser.find("#more").isDisplayed(), "three users are one page: no 'Show more'");

        browser.type("#find-email", "nobody-" + tag);
        browser.find("#find button[type=submit]").click();
        browser.waitForText("#users tbody", "No users found");
        assertFalse(browser.find("#more").isDisplayed());

        browser.type("#find-email", tag + "-1");
        browser.find("#find button[type=submit]").click();
        browser.await()
                .until(driver ->
                        browser.findAll("#users tbody tr[data-user-id]").size() == 1);
        suspendButton().click();
        browser.visible("#confirm-dialog-ok");
        browser.find(".confirm-dialog button[value=cancel]").click();
        assertTrue(browser.find("#users tbody").getText().contains("active"), "cancelled: still active");
        browser.resize(390, 844);
        assertEquals(List.of(), browser.sidewaysOverflow(), "the user list is a card per user on a phone");
        browser.tabTo(element -> "Suspend".equals(element.getText()), "Suspend");
        browser.press(Keys.ENTER);
        browser.visible("#confirm-dialog-ok");
        browser.tabToId("confirm-dialog-ok");
        browser.press(Keys.ENTER);
        browser.waitForText("#users tbody", "suspended");
        browser.waitForText("#toasts", "User suspended");
    }

    @Test
    void theKeysPageFindsKeysShowsEachKeysDetailsAndIsACardPerKeyOnAPhone() throws IOException {
        String email = Api.uniqueEmail("keysui");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        api.createKey(session, "{\"name\":\"Alpha reader\",\"level\":\"read_only\"}");
        String beta = api.createKey(session, "{\"name\":\"Beta writer\",\"rate_limit\":50}")
                .json()
                .getString("id");
        String gamma = api.createKey(session, "{\"name\":\"Gamma\"}").json().getString("id");
        api.delete("/api/v1/keys/" + gamma, session.headers());
        logIn(email);
        browser.open("/settings/api-keys");
        browser.waitForText("#key-count", "3 keys");
        WebElement card = keyRow("Alpha reader").findElement(By.cssSelector(".hover-card"));
        assertFalse(card.isDisplayed());
        browser.script("arguments[0].focus();", keyRow("Alpha reader").findElement(By.cssSelector(".has-card")));
        assertTrue(card.isDisplayed(), "every permission opens in a card on focus (and hover)");
        assertTrue(card.getText().contains("models:read") && card.getText().contains("usage:read"), card.getText());
        browser.script("document.activeElement.blur();");
        String alpha = keyRow("Alpha reader").getText();
        assertTrue(alpha.contains("1,000 / hour") && alpha.contains("plan default"), alpha);
        assertTrue(alpha.contains("No unusual traffic"), alpha);
        assertTrue(keyRow("Beta writer").getText().contains("50 / hour"));

        browser.type("#key-search", "beta");
        browser.waitForText("#key-count", "1 of 3 keys match");
        assertEquals(List.of("Beta writer"), activeNames());
        browser.type("#key-search", "nothing like it");
        browser.waitForText("#active-keys", "No active keys match.");
        browser.find("#key-search").clear();
        browser.find("#key-search").sendKeys(" ");
        browser.waitForText("#key-count", "3 keys");
        select("#key-permission", "read_only");
        awaitNames(List.of("Alpha reader"));
        select("#key-permission", "");
        select("#key-sort", "name");
        awaitNames(List.of("Alpha reader", "Beta writer"));
        select("#key-status", "revoked");
        browser.await().until(driver -> !browser.find("#active-section").isDisplayed());
        assertTrue(browser.find("#inactive-keys").getText().contains("Gamma"));
        assertEquals("/settings/api-keys?status=revoked&sort=name", browser.path(), "the choices are in the address");
        browser.driver().navigate().refresh();
        browser.waitForText("#inactive-keys", "Gamma");
        assertFalse(browser.find("#active-section").isDisplayed(), "and survive a reload");
        select("#key-status", "all");

        keyRow("Beta writer")
                .findElement(By.cssSelector("button[aria-label='Details of Beta writer']"))
                .click();
        WebElement details = browser.visible("#details-" + beta);
        assertTrue(details.getText().contains(beta), "the key's ID is shown to copy");
        assertTrue(details.findElement(By.linkText("View the usage of Beta writer"))
                .getAttribute("href")
                .endsWith("/settings/usage?key=" + beta));
        WebElement name = details.findElement(By.id("rename-" + beta));
        name.clear();
        name.sendKeys("Beta renamed");
        details.findElement(By.xpath(".//button[text()='Rename']")).click();
        browser.waitForText("#toasts", "Key renamed");
        assertEquals(
                "Beta renamed",
                api.get("/api/v1/keys/" + beta, session.headers()).json().getString("name"));
        browser.waitForText("#active-keys", "Beta renamed");
        keyRow("Beta renamed")
                .findElement(By.cssSelector("button[aria-label='Details of Beta renamed']"))
                .click();
        browser.visible("#ips-" + beta).sendKeys("203.0.113.7");
        browser.find("#details-" + beta)
                .findElement(By.xpath(".//button[text()='Save allowlist']"))
                .click();
        browser.waitForText("#toasts", "Allowlist saved");
        assertEquals(
                "203.0.113.7",
                api.get("/api/v1/keys/" + beta, session.headers())
                        .json()
                        .getJsonArray("allowed_ips")
                        .getString(0));

        browser.visible("#generate").click();
        browser.type("#key-name", "Too fast");
        browser.type("#key-rate-limit", "5000");
        browser.find("#new-key-form button[type=submit]").click();
        browser.waitForText("#key-rate-limit-error", "Rate limit can be at most 1,000 requests per hour on your plan.");
        browser.type("#key-rate-limit", "500");
        browser.find("#new-key-form button[type=submit]").click();
        String summary = browser.visible("#new-key-summary").getText();
        assertTrue(summary.contains("Too fast") && summary.contains("500 requests per hour"), summary);
        browser.screenshot("api-keys-1280");

        browser.resize(390, 844);
        browser.driver().navigate().refresh();
        browser.waitForText("#key-count", "4 keys");
        assertEquals(List.of(), browser.sidewaysOverflow());
        WebElement revoke = browser.find("#active-keys button[aria-label='Revoke Alpha reader']");
        assertTrue(revoke.isDisplayed(), "each key's actions are on its card, without scrolling sideways");
        assertTrue(
                revoke.getRect().getX() + revoke.getRect().getWidth() <= 390,
                "Revoke is within the phone's width: " + revoke.getRect());
        browser.screenshot("api-keys-390");
    }

    @Test
    void aModelIsStartedNamedBuiltInAConversationUndoneAndDeletedFromThePage() throws IOException {
        String email = Api.uniqueEmail("modeller");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        for (int i = 0; i < 101; i++) {
            api.post("/api/v1/models", "{\"name\":\"Old model " + i + "\"}", session.headers());
        }
        logIn(email);
        browser.open("/models");
        browser.await()
                .until(driver ->
                        browser.findAll("#models tbody tr[data-model-id]").size() == 100);
        browser.visible("#more-models").click();
        browser.await()
                .until(driver ->
                        browser.findAll("#models tbody tr[data-model-id]").size() == 101);
        assertFalse(browser.find("#more-models").isDisplayed(), "no further page");

        browser.find("#new-model").click();
        browser.waitForText("#toasts", "New model started");
        browser.type("#model-name", "Garden shed");
        browser.find("#rename-form button[type=submit]").click();
        browser.waitForText("#viewer-caption", "Garden shed");
        browser.waitForText("#models tbody", "Garden shed");

        browser.type("#chat-message", "add a cube");
        browser.find("#chat button[type=submit]").click();
        browser.waitForText("#chat-log", "Added a cube");
        browser.type("#chat-message", "add a red sphere on top");
        browser.find("#chat button[type=submit]").click();
        browser.waitForText("#viewer-caption", "2 parts");
        List<String> said = browser.findAll("#chat-log li").stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(4, said.size(), said.toString());
        assertTrue(said.get(2).endsWith("add a red sphere on top"), said.get(2));
        assertTrue(said.get(3).contains("sphere"), "genx3D's reply follows: " + said.get(3));
        browser.find("#undo").click();
        browser.waitForText("#viewer-caption", "1 part.");
        browser.driver().navigate().refresh();
        browser.waitForText("#chat-log", "add a red sphere on top");
        assertEquals(6, browser.findAll("#chat-log li").size(), "the conversation is still on screen after a reload");
        assertTrue(browser.paintedShare("#viewer canvas") > 0.01, "the viewer draws the model, its grid and shadow");
        browser.screenshot("models-1280");

        browser.resize(390, 844);
        assertTrue(
                browser.find("#viewer-section").getLocation().getY()
                        < browser.find("#models").getLocation().getY(),
                "on a phone the viewer comes before the list");
        assertEquals(List.of(), browser.sidewaysOverflow());
        browser.screenshot("models-390");
        browser.resize(1280, 900);

        browser.find("#delete-model").click();
        browser.visible("#confirm-dialog-ok").click();
        browser.waitForText("#toasts", "Model deleted");
        browser.await().until(driver -> !browser.find("#models tbody").getText().contains("Garden shed"));
        assertEquals(
                101,
                api.get("/api/v1/models?limit=100", session.headers())
                                .json()
                                .getJsonArray("data")
                                .size()
                        + api.get(
                                        "/api/v1/models?limit=100&cursor="
                                                + api.get("/api/v1/models?limit=100", session.headers())
                                                        .json()
                                                        .getString("next_cursor"),
                                        session.headers())
                                .json()
                                .getJsonArray("data")
                                .size());
    }

    @Test
    void theUsagePageStacksAllKeysShowsTotalsWithoutHoveringAndKeepsItsChoicesInTheAddress() throws IOException {
        String email = Api.uniqueEmail("charts");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String first = api.createKeyValue(session, "{\"name\":\"Web shop\"}");
        String second = api.createKeyValue(session, "{\"name\":\"Batch job\"}");
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/models", io.genx3d.support.Api.bearer(first));
        }
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/models", io.genx3d.support.Api.bearer(second));
        }
        logIn(email);
        browser.open("/settings/usage");
        try {
            browser.waitForText("#chart .chart-legend", "Web shop: 3");
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.find("#main").getText() + "\n" + browser.consoleErrors(), e);
        }
        assertTrue(browser.find("#chart .chart-legend").getText().contains("Batch job: 5"), "totals without hovering");
        assertTrue(browser.paintedShare("#chart canvas") > 0.002, "the stacked view draws");
        browser.screenshot("usage-1280");

        String batch = browser.findAll("#usage-key option").stream()
                .filter(option -> option.getText().startsWith("Batch job"))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
        select("#usage-key", batch);
        select("#usage-span", "168");
        browser.await().until(driver -> browser.path().equals("/settings/usage?key=" + batch + "&range=168"));
        browser.waitForText("#chart .chart-legend", "Requests: 5");
        browser.driver().navigate().refresh();
        browser.waitForText("#chart .chart-legend", "Requests: 5");
        assertEquals(batch, browser.find("#usage-key").getAttribute("value"), "the key survives a reload");
        assertEquals("168", browser.find("#usage-span").getAttribute("value"), "and so does the period");

        browser.resize(390, 844);
        browser.driver().navigate().refresh();
        browser.waitForText("#chart .chart-legend", "Requests: 5");
        assertEquals(List.of(), browser.sidewaysOverflow());
        browser.screenshot("usage-390");
    }

    @Test
    void theLogsShowAKeysRequestsFilterThemAndAreReachedFromTheUsageTableAndTheKeysDetails() {
        String email = Api.uniqueEmail("logs");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        JsonObject created = api.createKey(session, "{\"name\":\"Logged key\"}").json();
        String keyId = created.getString("id");
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/models", Api.bearer(created.getString("key")));
        }
        String missing = api.get("/api/v1/models/mdl_missing", Api.bearer(created.getString("key")))
                .header("X-Request-Id");
        logIn(email);

        browser.open("/settings/usage?key=" + keyId);
        browser.waitForText("#usage-table tbody", "View");
        browser.find("#usage-table tbody a").click();
        browser.await().until(driver -> browser.path().startsWith("/settings/logs?key=" + keyId + "&from="));
        browser.await().until(driver -> requestRows().size() == 4);
        assertTrue(
                requestRows().get(0).getText().contains("“Logged key”"),
                requestRows().get(0).getText());

        select("#logs-status", "404");
        browser.await().until(driver -> requestRows().size() == 1);
        WebElement notFound = requestRows().get(0);
        assertEquals(missing, notFound.getAttribute("data-request-id"));
        assertTrue(notFound.getText().contains("GET /api/v1/models/mdl_missing"), notFound.getText());
        assertTrue(browser.path().contains("status=404"), "the filter is in the address: " + browser.path());
        notFound.findElement(By.cssSelector("button")).click();
        browser.waitForText("#log-entry", missing);
        assertTrue(
                browser.find("#log-entry").getText().contains("NOT_FOUND"),
                browser.find("#log-entry").getText());

        browser.open("/settings/logs?request=" + missing);
        browser.waitForText("#log-entry", "mdl_missing");
        assertTrue(browser.find("#log-entry").getText().contains("Logged key"));

        browser.open("/settings/api-keys");
        browser.waitForText("#active-keys", "Logged key");
        keyRow("Logged key")
                .findElement(By.xpath(".//button[text()='Details']"))
                .click();
        browser.find("a[href='/settings/logs?key=" + keyId + "']").click();
        browser.await().until(driver -> browser.path().equals("/settings/logs?key=" + keyId));
        browser.await().until(driver -> requestRows().size() == 4);
        assertEquals(List.of(), browser.consoleErrors());
    }

    private List<WebElement> requestRows() {
        return browser.findAll("#request-logs tbody tr[data-request-id]");
    }

    @Test
    void aNewAccountIsWalkedThroughItsFirstStepsAndTheUnverifiedBannerSendsANewLink() {
        String email = Api.uniqueEmail("first-steps");
        api.signUp(email);
        MailOutbox outbox = MailOutbox.shared();
        browser.await().until(driver -> outbox.messagesTo(email).size() == 1);
        logIn(email);
        browser.visible("#first-steps");
        assertEquals(List.of("false", "false", "false", "false"), stepsDone());
        assertTrue(browser.find("#first-steps-progress").getText().contains("0 of 4 done"));
        browser.visible("#verify-banner .resend-link").click();
        browser.waitForText("#verify-banner", "Sent: check your inbox");
        browser.await().until(driver -> outbox.messagesTo(email).size() == 2);

        Api.Session session = api.logIn(email);
        String key = api.createKeyValue(session, "{\"name\":\"First\"}");
        String callId = api.get("/api/v1/models", Api.bearer(key)).header("X-Request-Id");
        browser.open("/");
        browser.await().until(driver -> stepsDone().equals(List.of("false", "true", "true", "false")));
        WebElement firstCall = browser.find("#first-steps li[data-step=call] a");
        assertEquals("/settings/logs?request=" + callId, firstCall.getDomAttribute("href"));
        assertTrue(firstCall.getText().contains("GET /api/v1/models → 200"), firstCall.getText());

        // Opened in the signed-in browser, as its owner would (one opened elsewhere may end the sessions).
        browser.open("/verify-email?token=" + outbox.tokenFor(email, "verify-email"));
        browser.waitForText("#verify-result", email + " is verified");
        api.post("/api/v1/models", "{\"name\":\"first\"}", Api.bearer(key));
        browser.open("/");
        browser.waitForText("#summary", "1 active API key");
        assertFalse(browser.find("#first-steps").isDisplayed(), "every step done: the checklist goes");
        assertTrue(browser.findAll("#verify-banner").isEmpty(), "a verified address has no banner");
        assertEquals(List.of(), browser.consoleErrors());
    }

    private List<String> stepsDone() {
        return browser.findAll("#first-steps-list li").stream()
                .map(step -> step.getDomAttribute("data-done"))
                .toList();
    }

    @Test
    void anUnverifiedAddressGetsANewLinkFromTheAccountPage() {
        String email = Api.uniqueEmail("unverified");
        api.signUp(email);
        MailOutbox outbox = MailOutbox.shared();
        browser.await().until(driver -> outbox.messagesTo(email).size() == 1);
        logIn(email);
        browser.open("/settings/account");
        browser.waitForText("#account-verified", "not verified yet");
        browser.visible("#mail-again").click();
        browser.waitForText("#toasts", "A new verification link is on its way to " + email);
        browser.await().until(driver -> outbox.messagesTo(email).size() == 2);
        // Opened in the browser that is logged in, as its owner would: a verification from the account's own
        // session keeps the session (AddressOwnershipIT has what one opened elsewhere ends).
        browser.open("/verify-email?token=" + outbox.tokenFor(email, "verify-email"));
        browser.waitForText("#verify-result", email + " is verified");
        browser.open("/settings/account");
        browser.await()
                .until(driver -> browser.find("#account-verified").getText().equals("verified"));
        assertFalse(browser.find("#mail-again").isDisplayed());
        Reply again = api.post(
                "/api/v1/email-verifications/mail", "{}", api.logIn(email).headers());
        assertEquals(409, again.status());
        assertEquals("already_verified", again.error().getJsonObject("details").getString("reason"));
    }

    /** The new interactions with the keyboard alone, on a phone-sized screen. */
    @Test
    void theNewInteractionsWorkWithTheKeyboardAloneOnAPhone() {
        browser.resize(390, 844);
        String email = Api.uniqueEmail("keys-only");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String id = api.createKey(session, "{\"name\":\"Tab key\"}").json().getString("id");
        logInWithTheKeyboard(email);

        browser.open("/settings/api-keys");
        browser.waitForText("#key-count", "1 key");
        browser.tabToId("key-search");
        browser.press("nothing");
        browser.waitForText("#active-keys", "No active keys match.");
        browser.press("\b".repeat("nothing".length()).replace("\b", Keys.BACK_SPACE));
        browser.waitForText("#active-keys", "Tab key");
        browser.tabToId("key-status");
        browser.press(Keys.ARROW_DOWN);
        browser.await().until(driver -> browser.path().contains("status=active"));
        browser.tabTo(element -> "Details of Tab key".equals(element.getAttribute("aria-label")), "Details");
        browser.press(Keys.ENTER);
        browser.visible("#details-" + id);
        browser.tabToId("ips-" + id);
        browser.press("198.51.100.0/24");
        browser.tabTo(element -> "Save allowlist".equals(element.getText()), "Save allowlist");
        browser.press(Keys.ENTER);
        browser.waitForText("#toasts", "Allowlist saved");
        assertEquals(
                "198.51.100.0/24",
                api.get("/api/v1/keys/" + id, session.headers())
                        .json()
                        .getJsonArray("allowed_ips")
                        .getString(0));
        browser.tabTo(element -> "Details of Tab key".equals(element.getAttribute("aria-label")), "Details");
        browser.press(Keys.ENTER);
        browser.tabToId("rename-" + id);
        browser.press(Keys.chord(Keys.CONTROL, "a"), "Tabbed key", Keys.ENTER);
        browser.waitForText("#toasts", "Key renamed");
        browser.waitForText("#active-keys", "Tabbed key");

        browser.open("/settings/account");
        browser.waitForText("#account-verified", "not verified yet");
        browser.tabToId("mail-again");
        browser.press(Keys.ENTER);
        browser.waitForText("#toasts", "A new verification link is on its way");

        browser.open("/settings/usage");
        browser.visible("#usage-key");
        browser.tabToId("usage-span");
        browser.press(Keys.ARROW_DOWN);
        browser.await().until(driver -> browser.path().endsWith("range=168"));

        browser.open("/models");
        browser.visible("#new-model");
        browser.tabToId("new-model");
        browser.press(Keys.ENTER);
        browser.waitForText("#toasts", "New model started");
        browser.await()
                .until(driver ->
                        "model-name".equals(driver.switchTo().activeElement().getAttribute("id")));
        browser.press(Keys.chord(Keys.CONTROL, "a"), "Keyboard model", Keys.ENTER);
        browser.waitForText("#viewer-caption", "Keyboard model");
        browser.tabToId("chat-message");
        browser.press("Create a cube", Keys.ENTER);
        browser.waitForText("#chat-log", "Added a cube");
        browser.tabToId("chat-message");
        browser.press("add a cone on top", Keys.ENTER);
        browser.waitForText("#viewer-caption", "2 parts");
        browser.tabToId("undo");
        browser.press(Keys.ENTER);
        browser.waitForText("#viewer-caption", "1 part.");
        browser.tabToId("fit-view");
        browser.press(Keys.ENTER);
        assertEquals("true", browser.find("#viewer").getAttribute("data-rendered"));
        browser.tabToId("delete-model");
        browser.press(Keys.ENTER);
        browser.visible("#confirm-dialog-ok");
        browser.tabToId("confirm-dialog-ok");
        browser.press(Keys.ENTER);
        browser.waitForText("#toasts", "Model deleted");
        assertEquals(List.of(), browser.sidewaysOverflow());
    }

    /**
     * Every page at 1280×900 and 390×844: it fits without sideways scrolling, logs no error, and its screenshot is
     * saved (target/screenshots/page-*.png; the ones in src/docs/screenshots are copied from there).
     */
    @Test
    void everyPageFitsBothSizesAndIsPhotographed() throws IOException {
        String adminEmail = "screens-admin@genx3d.test";
        api.post(
                "/api/v1/accounts",
                "{\"email\":\"" + adminEmail + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"Sam Screens\"}");
        api.verifyEmail(MailOutbox.shared(), adminEmail);
        Api.Session session = api.logIn(adminEmail);
        String web = api.createKeyValue(session, "{\"name\":\"Web shop\",\"level\":\"standard\"}");
        api.createKey(session, "{\"name\":\"Reporting\",\"level\":\"read_only\",\"rate_limit\":200}");
        String batch = api.createKeyValue(
                session, "{\"name\":\"Batch job\",\"permissions\":[\"models:read\",\"models:write\",\"chat:send\"]}");
        for (int i = 0; i < 6; i++) {
            api.get("/api/v1/models", io.genx3d.support.Api.bearer(web));
            api.get("/api/v1/models", io.genx3d.support.Api.bearer(batch));
        }
        api.post("/api/v1/chat", "{\"message\":\"build a snowman\"}", io.genx3d.support.Api.bearer(batch));
        api.post("/api/v1/chat", "{\"message\":\"a table and four chairs\"}", io.genx3d.support.Api.bearer(batch));

        // An organization with a project (a key, a model) and a pending invitation, for its pages.
        String organization = api.post("/api/v1/organizations", "{\"name\":\"Screens Inc\"}", session.headers())
                .json()
                .getString("id");
        String project = api.post(
                        "/api/v1/organizations/" + organization + "/projects",
                        "{\"name\":\"Storefront\",\"rate_limit\":500}",
                        session.headers())
                .json()
                .getString("id");
        api.post(
                "/api/v1/projects/" + project + "/keys",
                "{\"name\":\"Checkout service\",\"level\":\"standard\"}",
                session.headers());
        api.post("/api/v1/models?project_id=" + project, "{\"name\":\"Shop counter\"}", session.headers());
        api.post(
                "/api/v1/organizations/" + organization + "/invitations",
                "{\"email\":\"new.colleague@example.com\",\"role\":\"member\"}",
                session.headers());

        // The newest account heads the admin's list: one with a long address must still fit a phone's card.
        api.signUp("a.very.long.mailbox.name.that.goes.on." + System.nanoTime() + "@example-with-a-long-domain.com");
        List<String[]> guestPages = List.of(
                new String[] {"login", "/login"},
                new String[] {"signup", "/signup"},
                new String[] {"not-found", "/settingz"},
                new String[] {"quickstart-guest", "/docs/quickstart"},
                new String[] {"confirm-email", "/confirm-email"},
                new String[] {"invitation-guest", "/invitations/accept?token=fromTheMail"});
        List<String[]> pages = List.of(
                new String[] {"home", "/"},
                new String[] {"models", "/models"},
                new String[] {"api-keys", "/settings/api-keys"},
                new String[] {"usage", "/settings/usage"},
                new String[] {"logs", "/settings/logs"},
                new String[] {"security-log", "/settings/security-log"},
                new String[] {"account", "/settings/account"},
                new String[] {"admin-users", "/admin/users"},
                new String[] {"quickstart", "/docs/quickstart"},
                new String[] {"organization", "/organization?id=" + organization},
                new String[] {"project-keys", "/project?project_id=" + project},
                new String[] {"models-of-project", "/models?project_id=" + project},
                new String[] {"project-usage", "/settings/usage?project_id=" + project},
                new String[] {"project-logs", "/settings/logs?project_id=" + project},
                new String[] {"invitation", "/invitations/accept?token=usedOrWrong"});
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            browser.forgetCookies();
            for (String[] page : guestPages) {
                photograph(page, size[0]);
            }
            logIn(adminEmail);
            for (String[] page : pages) {
                photograph(page, size[0]);
            }
        }
    }

    private void photograph(String[] page, int width) throws IOException {
        browser.open(page[1]);
        browser.waitForText("#nav", "Log");
        browser.visible("main h1");
        // Let the page's own requests settle (lists drawn, charts and the viewer painted).
        browser.await().until(driver -> !browser.find("main").getText().contains("Loading"));
        if (page[0].startsWith("models")) {
            browser.findAll("#models tbody button").get(0).click();
            browser.await()
                    .until(driver -> "true".equals(browser.find("#viewer").getAttribute("data-rendered")));
        }
        assertEquals(List.of(), browser.sidewaysOverflow(), page[1] + " at " + width + " px");
        browser.screenshot("page-" + page[0] + "-" + width);
    }

    private WebElement keyRow(String name) {
        return browser.findAll("#active-keys tbody tr[data-key-id]").stream()
                .filter(row -> row.getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }

    private List<String> activeNames() {
        return browser.findAll("#active-keys tbody tr[data-key-id] .key-name").stream()
                .map(WebElement::getText)
                .toList();
    }

    private void awaitNames(List<String> names) {
        try {
            browser.await().until(driver -> activeNames().equals(names));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("active keys " + activeNames() + ", expected " + names, timeout);
        }
    }

    private void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find(css)).selectByValue(value);
    }

    private WebElement suspendButton() {
        return browser.find("#users tbody tr[data-user-id]").findElement(By.xpath(".//button[text()='Suspend']"));
    }
}
