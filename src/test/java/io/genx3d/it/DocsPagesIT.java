package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The docs that use your key (issue 30): the quick start shows the Authentication guide's three examples with this
 * server's address, lets a signed-in person choose a key by name (never showing a secret) and copy each example, and
 * still shows the examples to a guest with a way in; the API reference's "Try it out" works with the dashboard session
 * (the CSRF token goes along) and explains a refusal in plain words.
 */
class DocsPagesIT extends BrowserTest {

    @Test
    void theQuickStartShowsTheGuidesExamplesWithThisServersAddressAndTheSignedInPersonsKeyNames() {
        String email = Api.uniqueEmail("quickstart");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        String webShop = api.createKeyValue(session, "{\"name\":\"Web shop\"}");
        String batch = api.createKeyValue(session, "{\"name\":\"Batch job\"}");
        String revoked = api.createKey(session, "{\"name\":\"Old one\"}").json().getString("id");
        api.delete("/api/v1/keys/" + revoked, session.headers());
        logIn(email);

        browser.find("#home-quickstart").click();
        browser.waitForPath("/docs/quickstart");
        browser.waitForText("#example-curl", "curl -X POST");
        String origin = (String) browser.script("return location.origin;");
        String endpoint = origin + "/api/v1/chat";
        assertEquals(
                "curl -X POST \"" + endpoint + "\" \\\n  -H \"Authorization: Bearer $GENX3D_API_KEY\" \\\n"
                        + "  -H \"Content-Type: application/json\" \\\n  -d '{\"message\": \"Create a cube\"}'",
                code("#example-curl"));
        String python = code("#example-python");
        assertTrue(python.contains("import requests"), python);
        assertTrue(python.contains("api_key = os.getenv('GENX3D_API_KEY')"), python);
        assertTrue(python.contains("response = requests.post(\n    \"" + endpoint + "\",\n"), python);
        assertTrue(python.contains("json={\"message\": \"Create a cube\"},\n    headers=headers\n)"), python);
        String javascript = code("#example-javascript");
        assertTrue(javascript.startsWith("const apiKey = process.env.GENX3D_API_KEY;\n\nfetch('" + endpoint + "', {"));
        assertTrue(javascript.contains("'Authorization': `Bearer ${apiKey}`"), javascript);
        assertEquals(origin, browser.find("#server-address").getText());

        browser.await().until(driver -> browser.findAll("#key-choice option").size() == 2);
        List<String> offered = browser.findAll("#key-choice option").stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(
                List.of("Batch job", "Web shop"),
                offered.stream()
                        .map(text -> text.replaceAll(" \\(sk-.*…\\)$", ""))
                        .sorted()
                        .toList(),
                "the active keys by name (with their prefix), not the revoked one: " + offered);
        String page = browser.driver().getPageSource();
        assertFalse(page.contains(webShop) || page.contains(batch), "no key's secret is anywhere in the page");
        var chooser = new org.openqa.selenium.support.ui.Select(browser.find("#key-choice"));
        String chosen = chooser.getFirstSelectedOption().getText().replaceAll(" \\(sk-.*$", "");
        assertTrue(code("#example-env").contains("“" + chosen + "”"), code("#example-env"));
        String other = chosen.equals("Web shop") ? "Batch job" : "Web shop";
        chooser.selectByVisibleText(offered.stream()
                .filter(text -> text.startsWith(other))
                .findFirst()
                .orElseThrow());
        browser.waitForText("#example-env", "“" + other + "”");
        assertTrue(code("#example-env").contains("export GENX3D_API_KEY=\"sk-...\""), "a placeholder, never a secret");
        assertEquals("“" + other + "”", browser.find("#key-in-use-name").getText());
        assertEquals(
                List.of("Dashboard", "Models", "Settings", "API docs", "Quick start"),
                browser.findAll("#nav a").stream().map(WebElement::getText).toList());
        assertEquals("page", browser.find("#nav a[href='/docs/quickstart']").getAttribute("aria-current"));

        grantClipboard();
        WebElement copyPython = browser.find("button[aria-label='Copy the Python example']");
        copyPython.click();
        browser.await().until(driver -> "Copied".equals(copyPython.getText()));
        assertEquals(python, readClipboard(), "Copy puts exactly the example shown on the clipboard");
        browser.find("button[aria-label='Copy the curl example']").click();
        browser.await().until(driver -> code("#example-curl").equals(readClipboard()));
    }

    @Test
    void signedOutTheQuickStartStillShowsTheExamplesWithAWayToLogInAndSendsAPastedKeyOnlyToTheApi() {
        browser.open("/docs/quickstart");
        browser.waitForText("#example-javascript", "process.env.GENX3D_API_KEY");
        browser.visible("#key-signed-out");
        assertFalse(browser.find("#key-signed-in").isDisplayed());
        browser.waitForText("#nav", "Quick start");
        browser.find("#quickstart-login").click();
        browser.await().until(driver -> browser.path().startsWith("/login?next="));
        assertTrue(browser.path().contains("next=%2Fdocs%2Fquickstart"), browser.path());

        String key = api.newStandardKey();
        browser.open("/docs/quickstart");
        browser.visible("#example-curl");
        assertFalse(browser.find("#send-example").isEnabled(), "nothing to send without a key");
        browser.find("#paste summary").click();
        browser.type("#pasted-key", key);
        browser.find("#send-example").click();
        browser.await().until(driver -> browser.find("#send-status").getText().startsWith("The "));
        assertEquals(
                "The server answered 200: it worked.",
                browser.find("#send-status").getText(),
                browser.find("#send-explanation").getText() + " "
                        + browser.find("#send-body").getText());
        assertTrue(
                browser.find("#send-body").getText().contains("\"model\""),
                browser.find("#send-body").getText());
        assertFalse(
                browser.driver().getPageSource().contains(key), "the pasted key is in the field only, not the page");

        Api.Session owner = api.newSession();
        jakarta.json.JsonObject made =
                api.createKey(owner, "{\"name\":\"Gone\"}").json();
        String gone = made.getString("key");
        api.delete("/api/v1/keys/" + made.getString("id"), owner.headers());
        browser.type("#pasted-key", gone);
        browser.find("#send-example").click();
        browser.waitForText("#send-status", "The server answered 401");
        assertEquals(
                "This API key was revoked and no longer works: use another key, or create one.",
                browser.find("#send-explanation").getText());
    }

    @Test
    void tryItOutWithTheDashboardSessionCreatesAModelAndARefusalIsExplained() throws IOException {
        browser.open("/docs/#/models/createModel");
        browser.waitForText("#docs-auth", "Try it out needs an API key");
        execute("{\"name\":\"Nobody's model\"}");
        browser.waitForText("#docs-refusal", "POST /api/v1/models answered 401.");
        assertTrue(browser.find("#docs-refusal").getText().contains("Paste an API key or log in"));

        String email = Api.uniqueEmail("tryitout");
        api.signUp(email);
        logIn(email);
        browser.open("/docs/#/models/createModel");
        browser.waitForText("#docs-auth", "with your dashboard session");
        execute("{\"name\":\"Made in the docs\"}");
        browser.await()
                .until(driver -> browser.findAll(".live-responses-table .response-col_status").stream()
                        .anyMatch(cell -> cell.getText().trim().equals("201")));
        assertFalse(browser.find("#docs-refusal").isDisplayed(), "a success needs no explanation");
        assertEquals(
                "Made in the docs",
                api.get("/api/v1/models", api.logIn(email).headers())
                        .json()
                        .getJsonArray("data")
                        .getJsonObject(0)
                        .getString("name"));

        // Logged in again elsewhere in this browser: the page's CSRF token belongs to the old session.
        browser.script(
                "return fetch('/api/v1/sessions', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + " body: JSON.stringify({email: arguments[0], password: arguments[1]})}).then(r => r.status);",
                email,
                Api.PASSWORD);
        browser.find("#operations-models-createModel .execute").click();
        browser.waitForText("#docs-refusal", "POST /api/v1/models answered 403.");
        assertTrue(
                browser.find("#docs-refusal").getText().contains("need the CSRF token; reload the page"),
                browser.find("#docs-refusal").getText());
        browser.screenshot("docs-refusal");
        browser.find("#docs-refusal-close").click();
        assertFalse(browser.find("#docs-refusal").isDisplayed());
    }

    /** Opens the create-model operation's "Try it out", puts {@code body} in, and executes it. */
    private void execute(String body) {
        WebElement operation = browser.visible("#operations-models-createModel");
        browser.await()
                .until(driver -> !operation
                        .findElements(org.openqa.selenium.By.cssSelector(".try-out__btn"))
                        .isEmpty());
        WebElement tryOut = operation.findElement(org.openqa.selenium.By.cssSelector(".try-out__btn"));
        if (tryOut.getText().contains("Try it out")) {
            tryOut.click();
        }
        WebElement text = browser.visible("#operations-models-createModel textarea.body-param__text");
        text.clear();
        text.sendKeys(body);
        browser.find("#operations-models-createModel .execute").click();
    }

    private String code(String css) {
        return (String) browser.script("return document.querySelector(arguments[0]).textContent;", css);
    }

    private void grantClipboard() {
        browser.driver()
                .executeCdpCommand(
                        "Browser.grantPermissions",
                        Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private String readClipboard() {
        return (String) browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
    }
}
