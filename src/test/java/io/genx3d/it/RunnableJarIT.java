package io.genx3d.it;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.regex.Pattern;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar as an operator uses it: {@code java -jar target/genx3d.jar --port N} with nothing but
 * {@code GENX3D_DATA_DIR}. Accounts, keys and the generated pepper survive a {@code SIGKILL} and a restart;
 * over HTTPS the session cookie is {@code Secure}; no key or password ever appears in the server's output; usage
 * counted in memory is written on a clean shutdown.
 */
class RunnableJarIT extends RunningJarTest {

    @TempDir
    Path workDir;


    @Test
    void dataAndKeysSurviveAKillAndRestart() throws Exception {
        int sslPort = RunningJar.freePort();
        server = RunningJar.start(workDir, RunningJar.freePort(), "--sslport", String.valueOf(sslPort));
        Api api = server.api();
        String email = Api.uniqueEmail("durable");
        api.signUp(email);
        Reply created = api.createKey(api.logIn(email), "{\"name\":\"durable\"}");
        String key = created.json().getString("key");
        String revokedKey = api.createKeyValue(api.logIn(email), "{\"name\":\"to revoke\"}");
        String modelId = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(key))
                .json().getJsonObject("model").getString("id");
        String revokedId = api.get("/api/v1/keys", bearer(key)).json().getJsonArray("data").getValuesAs(
                jakarta.json.JsonObject.class).stream().filter(k -> k.getString("name").equals("to revoke"))
                .findFirst().orElseThrow().getString("id");
        assertEquals(204, api.delete("/api/v1/keys/" + revokedId, bearer(key)).status());
        assertTrue(Files.exists(workDir.resolve("data/pepper")), "the embedded default keeps its pepper");

        assertSessionCookieIsSecureOverHttps(sslPort, email);
        server.kill();
        String firstLog = server.log();
        // Each start takes a port just found free: the killed server's port may not be free again yet.
        server = RunningJar.start(workDir, RunningJar.freePort());
        api = server.api();

        assertEquals(200, api.get("/api/v1/models/" + modelId, bearer(key)).status(), "the key still works");
        assertEquals("key_revoked", api.get("/api/v1/models", bearer(revokedKey)).error()
                .getJsonObject("details").getString("reason"));
        api.logIn(email);
        String log = firstLog + server.log();
        for (String secret : new String[]{key, key.substring(11), revokedKey.substring(11), Api.PASSWORD}) {
            assertFalse(log.contains(secret), "a secret reached the server log");
        }
        // One line per request: method, path, status, key id (never the key), account id, latency.
        String keyLine = "GET /api/v1/models/" + modelId + " 200 key=" + created.json().getString("id") + " account=acct_";
        assertTrue(Pattern.compile(Pattern.quote(keyLine) + "\\w+ \\d+\\.\\dms").matcher(log).find(), keyLine);
        assertTrue(Pattern.compile("GET /api/v1/models 401 key=- account=- \\d+\\.\\dms").matcher(log).find(),
                "refusals are logged too");
        server.kill();
        usageCountedBeforeACleanShutdownIsKept(email);
    }

    /** With a flush interval of an hour, only the shutdown flush can have written these counts. */
    private void usageCountedBeforeACleanShutdownIsKept(String email) throws Exception {
        server = RunningJar.start(workDir, RunningJar.freePort(), java.util.Map.of("GENX3D_USAGE_FLUSH_INTERVAL", "PT1H"));
        Api api = server.api();
        Reply created = api.createKey(api.logIn(email), "{\"name\":\"counted until shutdown\"}");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("/api/v1/models", bearer(created.json().getString("key"))).status());
        }
        server.stop();
        server = RunningJar.start(workDir, RunningJar.freePort());
        api = server.api();
        jakarta.json.JsonArray rows = api.get("/api/v1/usage?key_id=" + created.json().getString("id"),
                "Cookie", api.logIn(email).cookie()).json().getJsonArray("data");
        long requests = rows.getValuesAs(jakarta.json.JsonObject.class).stream().mapToLong(row -> row.getInt("requests")).sum();
        assertEquals(3, requests, rows.toString());
    }

    /** Payara Micro's built-in self-signed certificate is enough to see the cookie's Secure attribute. */
    private static void assertSessionCookieIsSecureOverHttps(int sslPort, String email) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[]{new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        SSLParameters noHostnameCheck = new SSLParameters();
        noHostnameCheck.setEndpointIdentificationAlgorithm(null);
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).sslParameters(noHostnameCheck).build();
        HttpResponse<String> response = https.send(HttpRequest.newBuilder(
                        URI.create("https://localhost:" + sslPort + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }
}
