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
import java.time.Duration;
import java.time.Instant;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar as an operator uses it: {@code java -jar target/genx3d.jar --port N} with nothing but
 * {@code GENX3D_DATA_DIR}. Accounts, keys and the generated pepper survive a {@code SIGKILL} and a restart.
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
        Api api = start(port);
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

        server.destroyForcibly().waitFor();
        api = start(port);

        assertEquals(200, api.get("/api/v1/models/" + modelId, bearer(key)).status(), "the key still works");
        assertEquals("key_revoked", api.get("/api/v1/models", bearer(revokedKey)).error()
                .getJsonObject("details").getString("reason"));
        api.logIn(email);
    }

    private Api start(int port) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/genx3d.jar")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString(), "--port", String.valueOf(port))
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
