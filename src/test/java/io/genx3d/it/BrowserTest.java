package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.support.Api;
import io.genx3d.support.Browser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;

/**
 * A black-box test that drives the dashboard in headless Chromium: one browser per test class (started on first use,
 * closed after the class), with no cookies, a 1280×900 window and an empty console log before each test, and no
 * console error (script errors, CSP refusals) after it.
 */
abstract class BrowserTest extends DeployedApiTest {

    protected static Browser browser;

    @BeforeEach
    void freshBrowser() throws IOException {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.forgetCookies();
        browser.resize(1280, 900);
        browser.consoleErrors();
    }

    /** No page a test visited logged a script error or a Content-Security-Policy refusal. */
    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Logs in with the keys alone: Tab to each field, type, Enter. */
    protected void logInWithTheKeyboard(String email) {
        browser.open("/login");
        browser.tabToId("email");
        browser.press(email);
        browser.tabToId("password");
        browser.press(Api.PASSWORD, Keys.ENTER);
        browser.waitForText("#greeting", "Welcome");
    }

    /** Logs in through the login page with the suite's password, and waits for the dashboard's greeting. */
    protected void logIn(String email) {
        browser.open("/login");
        browser.type("#email", email);
        browser.type("#password", Api.PASSWORD);
        browser.find("#login button[type=submit]").click();
        browser.waitForText("#greeting", "Welcome");
    }
}
