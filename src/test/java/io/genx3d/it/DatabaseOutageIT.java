package io.genx3d.it;

import io.genx3d.keys.KeyFormat;
import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fail closed, then recover: PostgreSQL is stopped under the running server (the PostgreSQL test run only, as
 * root, with Debian's pg_ctlcluster). While it is down, whatever needs the database is refused with the
 * envelope's 503 — a key not verified a moment ago is never let through, nothing is a 500 — and when it is
 * back the same server answers normally without a restart.
 */
class DatabaseOutageIT extends DeployedApiTest {

    private static final List<String> STOP = List.of(System.getProperty("postgres.stop", "pg_ctlcluster 15 main stop").split(" "));
    private static final List<String> START = List.of(System.getProperty("postgres.start", "pg_ctlcluster 15 main start").split(" "));

    @AfterEach
    void postgresIsRunningAgain() throws Exception {
        new ProcessBuilder(START).inheritIO().start().waitFor(); // "already running" is fine here
    }

    @Test
    void anOutageIsA503AndTheServerRecoversByItself() throws Exception {
        Api.Session session = api.newSession();
        String neverUsed = api.createKeyValue(session, "{\"name\":\"not yet verified\"}");
        String inUse = api.createKeyValue(session, "{\"name\":\"in use\"}");
        assertEquals(200, api.get("/api/v1/models", bearer(inUse)).status());

        run(STOP);
        List<Reply> duringTheOutage = List.of(
                api.get("/api/v1/models", bearer(neverUsed)),
                api.get("/api/v1/models", bearer(KeyFormat.newKey())),
                api.get("/api/v1/models", bearer(inUse)),
                api.post("/api/v1/models", "{\"name\":\"during the outage\"}", bearer(inUse)),
                api.post("/api/v1/sessions", "{\"email\":\"nobody@example.com\",\"password\":\"" + Api.PASSWORD + "\"}"),
                api.get("/api/v1/keys", session.headers()));
        for (int i = 0; i < duringTheOutage.size(); i++) {
            Reply reply = duringTheOutage.get(i);
            assertEquals(503, reply.status(), "request " + i + ": " + reply.body() + " " + reply.headers().map());
            assertEquals("SERVICE_UNAVAILABLE", reply.error().getString("code"));
            assertEquals("database_unavailable", reply.error().getJsonObject("details").getString("reason"));
            assertEquals("5", reply.header("Retry-After"));
            assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        }

        Reply notReady = api.get("/health/ready");
        assertEquals(503, notReady.status(), notReady.body());
        assertEquals("DOWN", notReady.json().getString("status"));
        assertEquals(200, api.get("/health/live").status(), "alive all the same: a restart would not help");

        run(START);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Reply recovered = api.get("/api/v1/models", bearer(neverUsed));
        while (recovered.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            recovered = api.get("/api/v1/models", bearer(neverUsed));
        }
        assertEquals(200, recovered.status(), "recovered without a restart: " + recovered.body());
        assertEquals(201, api.createKey(session, "{\"name\":\"after the outage\"}").status());
        assertEquals("UP", api.get("/health/ready").json().getString("status"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
