package io.genx3d.it;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.time.Instant;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar as an operator uses it: {@code java -jar target/genx3d.jar --port N} with nothing but
 * {@code GENX3D_DATA_DIR}. Accounts, keys and the generated pepper survive a {@code SIGKILL} and a restart;
 * over HTTPS the session cookie is {@code Secure}; no key or password ever appears in the server's output.
 */
class RunnableJarIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path workDir;

    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void dataAndKeysSurviveAKillAndRestart() throws Exception {
        int port = freePort();
        int sslPort = freePort();
        Api api = start(port, "--sslport", String.valueOf(sslPort));
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
        server.destroyForcibly().waitFor();
        String firstLog = Files.readString(workDir.resolve("server.log"));
        api = start(port);

        assertEquals(200, api.get("/api/v1/models/" + modelId, bearer(key)).status(), "the key still works");
        assertEquals("key_revoked", api.get("/api/v1/models", bearer(revokedKey)).error()
                .getJsonObject("details").getString("reason"));
        api.logIn(email);
        String log = firstLog + Files.readString(workDir.resolve("server.log"));
        for (String secret : new String[]{key, key.substring(11), revokedKey.substring(11), Api.PASSWORD}) {
            assertFalse(log.contains(secret), "a secret reached the server log");
        }
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

    private Api start(int port, String... moreOptions) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/genx3d.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--port", String.valueOf(port)));
        command.addAll(List.of(moreOptions));
        Files.deleteIfExists(workDir.resolve("server.log"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("server.log").toFile());
        builder.environment().put("GENX3D_DATA_DIR", workDir.resolve("data").toString());
        server = builder.start();
        Api api = new Api(new URL("http://localhost:" + port + "/"));
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                Reply reply = api.get("/api/v1/models");
                if (reply.status() == 401 && reply.body().contains("missing_key")) {
                    return api;
                }
            } catch (RuntimeException notListeningYet) {
                // keep polling until the deadline
            }
            assertTrue(server.isAlive(), "server exited: " + Files.readString(workDir.resolve("server.log")));
            Thread.sleep(500);
        }
        throw new AssertionError("server did not serve the API within " + BOOT_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
