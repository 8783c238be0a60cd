package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.RawHttp;
import io.genx3d.support.Reply;
import io.genx3d.support.SharedServer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, points 13 and 16: every kind of answer carries the security headers (the mechanism's 401, the login
 * limiter's 429 with a real status line, 413, the /docs redirect, 404s); /metrics needs an admin key or the scrape
 * token; /health tells the public UP or DOWN and nothing else; a malformed URL costs one log line, not a stack trace.
 */
class HardeningIT extends DeployedApiTest {

    static final String SCRAPE_TOKEN = Api.METRICS_SCRAPE_TOKEN;

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        RawHttp raw = new RawHttp("127.0.0.1", api.base().getPort());
        String client = "X-Forwarded-For: " + api.clientAddress() + "\r\n";
        Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
        answers.put("mechanism 401", raw.send(request("GET /api/v1/models HTTP/1.1\r\n" + client, "")));
        answers.put("404 page", raw.send(request("GET /no-such-page HTTP/1.1\r\n" + client, "")));
        answers.put("docs redirect", raw.send(request("GET /docs HTTP/1.1\r\n" + client, "")));
        answers.put(
                "413",
                raw.send(request(
                        "POST /api/v1/accounts HTTP/1.1\r\nContent-Type: application/json\r\n" + client,
                        "{\"name\":\"" + "x".repeat(1_100_000) + "\"}")));
        String wrong = "{\"email\":\"" + Api.uniqueEmail("locked") + "\",\"password\":\"not the password\"}";
        RawHttp.Answer limited = null;
        for (int i = 0; i < 21; i++) {
            limited = raw.send(
                    request("POST /api/v1/sessions HTTP/1.1\r\nContent-Type: application/json\r\n" + client, wrong));
        }
        answers.put("login 429", limited);

        assertEquals(401, answers.get("mechanism 401").status());
        assertEquals(404, answers.get("404 page").status());
        assertEquals(301, answers.get("docs redirect").status());
        assertTrue(answers.get("docs redirect").header("Location").endsWith("/docs/"));
        assertFalse(answers.get("docs redirect").body().contains("<html"), "no container page");
        assertEquals(413, answers.get("413").status());
        assertEquals("HTTP/1.1 429 Too Many Requests", limited.statusLine(), "not 429 CUSTOM");
        answers.forEach((what, answer) -> {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
            assertEquals("DENY", answer.header("X-Frame-Options"), what);
            assertNotNull(answer.header("Content-Security-Policy"), what);
        });
        assertEquals("no-store", answers.get("mechanism 401").header("Cache-Control"));
        assertEquals("no-store", limited.header("Cache-Control"));
    }

    @Test
    void metricsNeedAnAdminKeyOrTheScrapeToken() {
        assertEquals(401, api.get("/metrics").status());
        assertEquals(401, api.get("/metrics", bearer("sk-not-a-real-key")).status());
        Reply standard = api.get("/metrics", bearer(api.newStandardKey()));
        assertEquals(403, standard.status(), standard.body());
        assertEquals("FORBIDDEN", standard.error().getString("code"));
        Reply scraper = api.get("/metrics", "Authorization", "Bearer " + SCRAPE_TOKEN);
        assertEquals(200, scraper.status());
        assertTrue(scraper.body().contains("genx3d_requests_total"));
        String admin = "ops-admin@genx3d.test";
        api.signUp(admin);
        api.verifyEmail(MailOutbox.shared(), admin);
        String adminKey = api.createKeyValue(api.logIn(admin), "{\"name\":\"ops\",\"level\":\"admin\"}");
        assertEquals(200, api.get("/metrics", bearer(adminKey)).status());
    }

    @Test
    void thePublicLearnsOnlyWhetherTheServerIsUp() {
        for (String path : new String[] {"/health", "/health/ready", "/health/live"}) {
            Reply anyone = api.get(path);
            assertEquals(200, anyone.status(), path);
            assertEquals("{\"status\":\"UP\"}", anyone.body(), path);
        }
        Reply operator = api.get("/health/ready", "Authorization", "Bearer " + SCRAPE_TOKEN);
        assertTrue(operator.body().contains("\"checks\""), operator.body());
    }

    @Test
    void aMalformedUrlCostsOneLogLineNotAStackTrace() throws Exception {
        int before = SharedServer.log().length();
        RawHttp raw = new RawHttp("127.0.0.1", api.base().getPort());
        for (int i = 0; i < 3; i++) {
            raw.send("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
        // The container writes the line after it answered: read the log until all three are there (or 10 s passed).
        String written = SharedServer.log().substring(before);
        for (long deadline = System.nanoTime() + 10_000_000_000L;
                occurrences(written, "could not decode") < 3 && System.nanoTime() < deadline; ) {
            Thread.sleep(25);
            written = SharedServer.log().substring(before);
        }
        assertEquals(3, occurrences(written, "could not decode"), written);
        assertFalse(written.contains("\tat "), "no stack trace: " + written);
    }

    private static int occurrences(String text, String words) {
        return text.split(words, -1).length - 1;
    }

    /**
     * Finding 15: {@code GET /docs/..;/x} with {@code Host: evil.example} got the container's own 301 to
     * {@code http://evil.example/}, an HTML page without our headers: the container answered a path naming a directory
     * ({@code /docs/..} once {@code ;/x} is cut off; {@code /assets}, {@code /webjars}) before any filter ran, and
     * built the Location from Host, as it did for the dashboard's own {@code /settings} redirect. No answer takes its
     * Location from Host, and each carries the security headers.
     */
    @Test
    void finding15_noRedirectIsBuiltFromTheHostHeaderAndEveryAnswerCarriesOurHeaders() throws Exception {
        RawHttp raw = new RawHttp("127.0.0.1", api.base().getPort());
        for (String target : List.of(
                "/docs/..;/x",
                "/docs/..;/",
                "/assets/..;/WEB-INF/web.xml",
                "/assets",
                "/assets;x",
                "/webjars",
                "/webjars/three",
                "/WEB-INF",
                "/META-INF",
                "/settings",
                "/settings/",
                "/docs",
                "http://evil.example/settings",
                "http://evil.example/assets")) {
            RawHttp.Answer answer = raw.send(("GET " + target + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-For: "
                            + api.clientAddress() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String what = target + " -> " + answer.statusLine() + " " + answer.headers();
            String location = answer.header("Location");
            assertTrue(location == null || location.startsWith("/") && !location.startsWith("//"), what);
            assertFalse(answer.body().contains("evil.example"), what + answer.body());
            assertFalse(answer.body().contains("<html"), what + answer.body());
            assertTrue(answer.status() < 500, what);
            if (answer.status() >= 400) {
                assertTrue(answer.body().startsWith("{\"error\":{\"code\":"), what + answer.body());
            }
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
            assertEquals("DENY", answer.header("X-Frame-Options"), what);
            assertNotNull(answer.header("Content-Security-Policy"), what);
        }
        assertEquals("/settings/api-keys", api.get("/settings").header("Location"));
        for (String served : List.of(
                "/",
                "/docs/",
                "/assets/app.css",
                "/webjars/three/0.181.1/build/three.module.js",
                "/webjars/swagger-ui/5.34.1/swagger-ui.css",
                "/health",
                "/api/v1/ping",
                "/openapi")) {
            assertEquals(200, api.get(served).status(), served + " is still served");
        }
        Reply missing = api.get("/assets/no-such-file.js");
        assertEquals(404, missing.status());
        assertEquals("NOT_FOUND", missing.error().getString("code"));
    }

    /**
     * Finding 16: {@code GET /health/../metrics/base} answered 500: the operators' filter decided on the path as sent
     * ({@code /health/…}: public health) while the container served the normalised one ({@code /metrics/base}). A
     * path that is not in normal form ({@code .} or {@code ..} segments, {@code ;} parameters, encoded separators or
     * dots, empty segments, control characters) is refused with the envelope's 400 before anything decides on it.
     */
    @Test
    void finding16_aPathNotInNormalFormIsRefusedBeforeAnythingDecidesOnIt() throws Exception {
        RawHttp raw = new RawHttp("127.0.0.1", api.base().getPort());
        String key = api.newStandardKey();
        List<String> paths = List.of(
                "/health/../metrics/base",
                "/api/v1/../metrics",
                "/api/v1/keys/..;/scopes",
                "/api/v1/scopes;x=1",
                "/api/v1/%2e%2e/%2e%2e/metrics",
                "/api/v1/keys%2f..%2fscopes",
                "/assets/..%2fWEB-INF/web.xml",
                "/health/./ready",
                "/health/%2E%2E/metrics",
                "//metrics",
                "/api//v1/scopes",
                "/./api/v1/ping",
                "/health/%0a",
                "/health/%1b[31m");
        for (String path : paths) {
            for (String credential : List.of("", "Authorization: Bearer " + key + "\r\n")) {
                RawHttp.Answer answer = raw.send(request(
                        "GET " + path + " HTTP/1.1\r\nX-Forwarded-For: " + api.clientAddress() + "\r\n" + credential,
                        ""));
                String what = path + (credential.isEmpty() ? "" : " (with a key)") + " -> " + answer.statusLine() + " "
                        + answer.body();
                assertEquals(400, answer.status(), what);
                assertTrue(answer.header("Content-Type").startsWith("application/json"), what);
                JsonObject error = Reply.parse(answer.body()).asJsonObject().getJsonObject("error");
                assertEquals("BAD_REQUEST", error.getString("code"), what);
                assertEquals("path_not_normal", error.getJsonObject("details").getString("reason"), what);
                assertFalse(answer.body().contains("genx3d_") || answer.body().contains("# TYPE"), what);
                assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
                assertEquals("DENY", answer.header("X-Frame-Options"), what);
            }
        }
        // A path climbing above the root is refused by Payara's HTTP parser before the application sees it: its own
        // empty 400 ("Invalid URI"), which nothing of ours can reach or change (FuzzIT counts these apart too).
        for (String path : List.of("/%2e%2e/", "/%2e%2e/metrics/base", "/..", "/../metrics/base")) {
            RawHttp.Answer answer = raw.send(request("GET " + path + " HTTP/1.1\r\n", ""));
            String what = path + " -> " + answer.statusLine() + " " + answer.body();
            assertEquals(400, answer.status(), what);
            assertEquals("", answer.body(), what);
        }
        assertEquals(401, api.get("/metrics/base").status(), "the normal form is decided as before");
        assertEquals("{\"status\":\"UP\"}", api.get("/health/ready").body());
    }

    private static byte[] request(String head, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String withLength = head + "Host: localhost\r\nConnection: close\r\n"
                + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "") + "\r\n";
        byte[] start = withLength.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        return all;
    }
}
