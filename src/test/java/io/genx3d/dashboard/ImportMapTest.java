package io.genx3d.dashboard;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Content-Security-Policy allows exactly the import map the models page carries, and nothing else inline. */
class ImportMapTest {

    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void thePolicyNamesTheHashOfTheModelsPagesImportMap() throws Exception {
        String page = Files.readString(Path.of("src/main/webapp/WEB-INF/pages/models.html"));
        Matcher importMap = IMPORT_MAP.matcher(page);
        assertTrue(importMap.find(), "the models page has an import map");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(importMap.group(1).getBytes(StandardCharsets.UTF_8));
        assertEquals("sha256-" + Base64.getEncoder().encodeToString(digest), ImportMap.HASH);
        assertTrue(SecurityHeadersFilter.DASHBOARD_POLICY.contains("'" + ImportMap.HASH + "'"));
    }

    @Test
    void everyPageExistsAndLoadsItsScriptFromAFile() throws Exception {
        for (String file : DashboardPagesServlet.PAGES.values()) {
            String page = Files.readString(Path.of("src/main/webapp/WEB-INF/pages", file));
            Matcher module = Pattern.compile("<script type=\"module\" src=\"/assets/([a-z-]+\\.js)\"></script>").matcher(page);
            assertTrue(module.find(), file);
            assertTrue(Files.exists(Path.of("src/main/webapp/assets", module.group(1))), module.group(1));
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page);
            while (scripts.find()) {
                String attributes = scripts.group(1);
                boolean allowedInline = file.equals("models.html") && attributes.equals(" type=\"importmap\"");
                assertTrue(attributes.contains(" src=\"/") || allowedInline, file + ": inline <script" + attributes + ">");
            }
        }
    }
}
