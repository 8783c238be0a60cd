package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.keys.KeyFormat;
import io.genx3d.support.Api;
import io.genx3d.support.Deployments;
import io.genx3d.support.Reply;
import io.genx3d.support.TestPostgres;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fail closed, then recover: PostgreSQL is stopped under the running server. While it is down, whatever needs the
 * database is refused with the envelope's 503 — a key not verified a moment ago is never let through, nothing is a
 * 500 — and when it is back the same server answers normally without a restart.
 * <p>
 * This test owns both: a {@link TestPostgres} of its own (so stopping it hurts nobody) and a Payara Micro of its
 * own, on which Arquillian deploys the shipped WAR as it would on any Payara Micro. The database's address reaches
 * that server as MicroProfile Config system properties through {@code cmdOptions} in {@code arquillian.xml}, which
 * Arquillian reads after {@link OwnPostgres} has started the database and set {@code it.outage.db.url}.
 */
@Tag("postgresql-only")
@ExtendWith(DatabaseOutageIT.OwnPostgres.class)
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    private static TestPostgres postgres;

    @ArquillianResource
    URL deployed;

    Api api;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.genx3d();
    }

    /** Runs before Arquillian's own beforeAll (extensions run in the order they are declared). */
    static final class OwnPostgres implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            postgres = TestPostgres.start();
            System.setProperty("it.outage.db.url", postgres.url("genx3d"));
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void client() throws Exception {
        // Arquillian reports the machine's external address; failure tests stay on loopback.
        api = new Api(new URL("http", "127.0.0.1", deployed.getPort(), "/"));
    }

    @Test
    void anOutageIsA503AndTheServerRecoversByItself() throws Exception {
        Api.Session session = api.newSession();
        String neverUsed = api.createKeyValue(session, "{\"name\":\"not yet verified\"}");
        String inUse = api.createKeyValue(session, "{\"name\":\"in use\"}");
        assertEquals(200, api.get("/api/v1/models", bearer(inUse)).status());

        postgres.stop();
        List<Reply> duringTheOutage = List.of(
                api.get("/api/v1/models", bearer(neverUsed)),
                api.get("/api/v1/models", bearer(KeyFormat.newKey())),
                api.get("/api/v1/models", bearer(inUse)),
                api.post("/api/v1/models", "{\"name\":\"during the outage\"}", bearer(inUse)),
                api.post(
                        "/api/v1/sessions", "{\"email\":\"nobody@example.com\",\"password\":\"" + Api.PASSWORD + "\"}"),
                api.get("/api/v1/keys", session.headers()));
        for (int i = 0; i < duringTheOutage.size(); i++) {
            Reply reply = duringTheOutage.get(i);
            assertEquals(
                    503,
                    reply.status(),
                    "request " + i + ": " + reply.body() + " " + reply.headers().map());
            assertEquals("SERVICE_UNAVAILABLE", reply.error().getString("code"));
            assertEquals(
                    "database_unavailable",
                    reply.error().getJsonObject("details").getString("reason"));
            assertEquals("5", reply.header("Retry-After"));
            assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        }

        Reply notReady = api.get("/health/ready");
        assertEquals(503, notReady.status(), notReady.body());
        assertEquals("DOWN", notReady.json().getString("status"));
        assertEquals(200, api.get("/health/live").status(), "alive all the same: a restart would not help");

        postgres.startAgain();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Reply recovered = api.get("/api/v1/models", bearer(neverUsed));
        while (recovered.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            recovered = api.get("/api/v1/models", bearer(neverUsed));
        }
        assertEquals(200, recovered.status(), "recovered without a restart: " + recovered.body());
        assertEquals(
                201, api.createKey(session, "{\"name\":\"after the outage\"}").status());
        assertEquals("UP", api.get("/health/ready").json().getString("status"));
    }
}
