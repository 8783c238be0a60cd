package io.genx3d.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages as served (shell + content): the Content-Security-Policy allows exactly the import map the models
 * page carries, and no page has any other inline script.
 */
class ImportMapTest {

    private static final Path PAGES = Path.of("src/main/webapp/WEB-INF/pages");

    @Test
    void thePolicyNamesTheHashOfTheImportMapTheModelsPageCarries() throws Exception {
        Matcher importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL)
                .matcher(rendered(DashboardPage.ALL.stream()
                        .filter(page -> page.path().equals("/models"))
                        .findFirst()
                        .orElseThrow()));
        assertTrue(importMap.find(), "the models page has an import map");
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest(importMap.group(1).getBytes(StandardCharsets.UTF_8));
        assertTrue(
                SecurityHeadersFilter.DASHBOARD_POLICY.contains(
                        "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"),
                SecurityHeadersFilter.DASHBOARD_POLICY);
    }

    @Test
    void everyPageLoadsItsScriptFromAFileAndHasNoOtherInlineScript() throws Exception {
        for (DashboardPage page : DashboardPage.ALL) {
            String html = rendered(page);
            assertTrue(Files.exists(Path.of("src/main/webapp/assets", page.script() + ".js")), page.script());
            assertTrue(html.contains("<h1"), page.file() + " has its content");
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
            int count = 0;
            while (scripts.find()) {
                String attributes = scripts.group(1);
                boolean allowedInline = page.path().equals("/models") && attributes.equals(" type=\"importmap\"");
                assertTrue(
                        attributes.contains(" src=\"/") || allowedInline,
                        page.file() + ": inline <script" + attributes + ">");
                count++;
            }
            assertEquals(page.path().equals("/models") ? 2 : 1, count, page.file());
        }
    }

    private static String rendered(DashboardPage page) throws Exception {
        return page.render(Files.readString(PAGES.resolve("shell.html")), Files.readString(PAGES.resolve(page.file())));
    }
}
