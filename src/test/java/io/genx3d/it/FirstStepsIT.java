package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a new user's review of the dashboard found (issue 30): on a phone a card's value wrapped under its label
 * (bug 6), and the empty states were text only (bug 11): each now says what to do next, with the button that does it.
 */
class FirstStepsIT extends BrowserTest {

    @Test
    void onAPhoneTheLastUsedAddressAndTheDownloadLinksStayInTheirColumn() throws IOException {
        String email = Api.uniqueEmail("columns");
        api.signUp(email);
        Api.Session session = api.logIn(email);
        var made = api.createKey(session, "{\"name\":\"Phone key\"}").json();
        api.get("/api/v1/models", Api.bearer(made.getString("key")));
        browser.await().until(driver -> {
            var key = api.get("/api/v1/keys/" + made.getString("id"), session.headers())
                    .json();
            return key.containsKey("last_used_address") && !key.isNull("last_used_address");
        });
        api.post("/api/v1/models", "{\"name\":\"Pocket model\"}", session.headers());
        logIn(email);
        browser.resize(390, 844);

        browser.open("/settings/api-keys");
        WebElement address = browser.visible("#active-keys .last-used-address");
        assertInValueColumn(address, "the last-used address");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", address);
        browser.screenshot("key-card-390");

        browser.open("/models");
        browser.await()
                .until(driver ->
                        browser.findAll("#models tbody tr[data-model-id]").size() == 1);
        List<WebElement> links = browser.findAll("#models tbody td[data-label='View'] .downloads a");
        assertEquals(4, links.size());
        for (WebElement link : links) {
            assertInValueColumn(link, "the download link " + link.getText());
        }
        assertEquals(List.of(), browser.sidewaysOverflow());
    }

    @Test
    void withNoKeysThePageOffersTheFirstKeyInsteadOfFilters() throws IOException {
        String email = Api.uniqueEmail("nokeys");
        api.signUp(email);
        logIn(email);
        browser.open("/settings/api-keys");
        browser.waitForText("#no-keys", "No API keys yet");
        for (String part : List.of("#key-tools", "#key-count", "#active-section", "#inactive-section")) {
            assertFalse(browser.find(part).isDisplayed(), part + " is hidden while there is nothing to find");
        }
        browser.screenshot("empty-keys");
        browser.find("#first-key").click();
        browser.visible("#new-key-form");
        assertEquals("key-name", browser.driver().switchTo().activeElement().getAttribute("id"));
        assertFalse(browser.find("#no-keys").isDisplayed(), "the form replaces the empty state");
        browser.type("#key-name", "My first key");
        browser.find("#new-key-form button[type=submit]").click();
        browser.visible("#new-key-value");
        browser.visible("#key-tools");
        browser.waitForText("#active-keys", "My first key");
        assertFalse(browser.find("#no-keys").isDisplayed());
    }

    @Test
    void withNoModelsThePageAndTheEmptyViewerOfferTheFirstModel() throws IOException {
        String email = Api.uniqueEmail("nomodels");
        api.signUp(email);
        logIn(email);
        browser.open("/models");
        browser.waitForText("#no-models", "No models yet");
        assertFalse(browser.find("#models-wrap").isDisplayed(), "no empty table");
        browser.waitForText("#viewer-empty", "Nothing on view yet. Ask the chat below to build something");
        assertEquals(
                "Build a cube from the chat",
                browser.find("#viewer-empty-action").getText());
        browser.screenshot("empty-models");

        browser.find("#first-model-chat").click();
        browser.waitForText("#viewer-caption", "1 part.");
        browser.await().until(driver -> !browser.find("#viewer-empty").isDisplayed());
        assertFalse(browser.find("#no-models").isDisplayed());
        assertTrue(browser.find("#chat-log").getText().contains("Create a cube"), "it was said in the chat");

        browser.open("/models");
        browser.waitForText("#viewer-empty", "Choose a model from your list");
        WebElement action = browser.find("#viewer-empty-action");
        assertTrue(action.getText().startsWith("View “"), action.getText());
        action.click();
        browser.await().until(driver -> "true".equals(browser.find("#viewer").getAttribute("data-rendered")));
        assertFalse(browser.find("#viewer-empty").isDisplayed());

        browser.find("#delete-model").click();
        browser.visible("#confirm-dialog-ok").click();
        browser.waitForText("#no-models", "No models yet");
        browser.find("#first-model-empty").click();
        browser.waitForText("#toasts", "New model started");
        browser.await()
                .until(driver ->
                        browser.findAll("#models tbody tr[data-model-id]").size() == 1);
    }

    /** The element starts right of its card's label column (the label is the cell's first grid column). */
    private void assertInValueColumn(WebElement value, String what) {
        @SuppressWarnings("unchecked")
        List<Number> edges = (List<Number>) browser.script("""
                const value = arguments[0], cell = value.closest('td'), style = getComputedStyle(cell);
                const labelRight = cell.getBoundingClientRect().left + parseFloat(style.paddingLeft)
                    + parseFloat(style.gridTemplateColumns.split(' ')[0]);
                return [value.getBoundingClientRect().left, labelRight];""", value);
        assertTrue(
                edges.get(0).doubleValue() >= edges.get(1).doubleValue(),
                what + " starts at " + edges.get(0) + " px, left of the label column's right edge at " + edges.get(1));
        assertTrue(value.findElement(By.xpath("./ancestor::td")).getAttribute("data-label") != null);
    }
}
