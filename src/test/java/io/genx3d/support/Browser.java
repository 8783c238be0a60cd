package io.genx3d.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no Selenium Manager download: the machine has no
 * network for that). WebGL runs on SwiftShader, so the model viewer really renders. Browser console messages
 * are kept so a test can prove the Content-Security-Policy blocked nothing.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public Browser(URL base) throws IOException {
        this.base = base.toString().replaceAll("/$", "");
        this.profile = Files.createTempDirectory("genx3d-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--use-angle=swiftshader",
                        "--enable-unsafe-swiftshader",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement visible(String css) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement input = visible(css);
        input.clear();
        input.sendKeys(text);
    }

    public void waitForPath(String path) {
        await().until(driver -> path().equals(path));
    }

    public void waitForText(String css, String text) {
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public WebDriverWait await() {
        return new PageWait(driver);
    }

    /**
     * Waits through what a page does while the test looks at it: rows redrawn when data arrives (an element found a
     * moment ago replaced) and navigations (after a login the browser leaves the page; a look during that answers
     * "aborted by navigation", which means "not yet", not failure).
     */
    private static final class PageWait extends WebDriverWait {

        PageWait(WebDriver driver) {
            super(driver, Duration.ofSeconds(20));
            // Selenium looks again every 500 ms by default: on pages that answer in a few milliseconds, most of a
            // browser test's time was spent asleep between looks. Each look is a round trip to chromedriver.
            pollingEvery(Duration.ofMillis(50));
            ignoring(StaleElementReferenceException.class);
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.until(driver -> {
                try {
                    return condition.apply(driver);
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Presses Tab until the focused element matches (as a keyboard user would reach it); fails if it never does. */
    public void tabTo(Predicate<WebElement> target, String what) {
        for (int presses = 0; presses < 60; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            if (target.test(focused)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + what);
    }

    public void tabToId(String id) {
        tabTo(element -> id.equals(element.getAttribute("id")), "#" + id);
    }

    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * What sticks out past the window's right edge (content that would need sideways scrolling on a phone): the
     * outermost such elements, empty when the page fits.
     */
    @SuppressWarnings("unchecked")
    public List<String> sidewaysOverflow() {
        return (List<String>) script("""
                if (document.documentElement.scrollWidth <= window.innerWidth) return [];
                const edge = window.innerWidth + 1;
                const outermost = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > edge && e.parentElement.getBoundingClientRect().right <= edge)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
                return outermost.length ? outermost : ['the page is ' + document.documentElement.scrollWidth + 'px wide'];""");
    }

    /** Share of the canvas's pixels that differ from its top-left (background) pixel. */
    public double paintedShare(String canvasCss) {
        Number share = (Number) script("""
                const source = document.querySelector(arguments[0]);
                const copy = document.createElement('canvas');
                copy.width = source.width; copy.height = source.height;
                const context = copy.getContext('2d');
                context.drawImage(source, 0, 0);
                const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
                let painted = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                    if (Math.abs(pixels[i] - pixels[0]) + Math.abs(pixels[i + 1] - pixels[1]) + Math.abs(pixels[i + 2] - pixels[2]) > 24) painted++;
                }
                return painted / (pixels.length / 4);""", canvasCss);
        return share.doubleValue();
    }

    public Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Console messages about the Content-Security-Policy since the last call (each call drains the log). */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /**
     * Console errors since the last call (each call drains the log): script exceptions, {@code console.error} and
     * CSP refusals. A request the server answered with an error status ("Failed to load resource") is left out: the
     * tests check those statuses themselves, and a 404 page or a guest's session probe logs one by design.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        Directories.deleteTree(profile);
    }
}
