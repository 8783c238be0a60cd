package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import io.genx3d.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runnable jar as an operator uses it ({@code java -jar target/genx3d.jar --port N} with its database settings
 * and nothing else), through its whole life in three boots on one data directory:
 * <ol>
 * <li>accounts, keys and models are made, a key is revoked, the session cookie is {@code Secure} over HTTPS; then
 * eight clients create and revoke keys and the server is killed with {@code SIGKILL} in the middle of it;</li>
 * <li>after a restart nothing acknowledged is lost — every key whose creation was answered 201 works, every key
 * whose revocation was answered 204 stays revoked, the generated pepper is kept — and no key or password is in the
 * server's output; usage is then counted with a flush interval of an hour and the server stopped with
 * {@code SIGTERM};</li>
 * <li>the counts that only the shutdown flush can have written are there; this boot also rotates the pepper (the
 * generated one becomes {@code GENX3D_KEYS_PREVIOUS_PEPPER}), and the keys made before still work; and it rotates the
 * audit chain key the same way, on a log whose oldest half was made to look sealed before the chain was keyed (their
 * MACs removed while the server was stopped, as a database from before finding 9's fix has them), named by
 * {@code GENX3D_AUDIT_UNKEYED_THROUGH_SEQ}: those are keyed, the rest MACed again under the new key, and the chain
 * verifies.</li>
 * </ol>
 * The audit chain verifies after each restart: the generated chain key is kept like the pepper.
 * Runs on H2 and, in the PostgreSQL execution, on a database of its own.
 */
@Tag("postgresql")
@ExtendWith(TestDatabase.class)
class RunnableJarIT extends RunningJarTest {

    private static final int CLIENTS = 8;
    private static final int TO_REVOKE = 120;

    /**
     * Its own database; and no cap on an account's active keys, so the writers keep writing until the kill (at the
     * default 50, creations stopped at the cap and fewer writes were in flight when the server died).
     */
    private final Map<String, String> database =
            with(TestDatabase.forNewServer("runnable_jar"), "GENX3D_KEYS_MAX_ACTIVE_PER_ACCOUNT", "1000000");

    @Test
    void nothingAcknowledgedIsLostThroughAKillARestartAndACleanStop() throws Exception {
        Path workDir = workDir("runnable-jar");
        int sslPort = RunningJar.freePort();
        server = RunningJar.start(workDir, RunningJar.freePort(), database, "--sslport", String.valueOf(sslPort));
        Api api = server.api();
        String email = Api.uniqueEmail("durable");
        api.signUp(email);
        Reply created = api.createKey(api.logIn(email), "{\"name\":\"durable\"}");
        String key = created.json().getString("key");
        String revokedKey = api.createKeyValue(api.logIn(email), "{\"name\":\"to revoke\"}");
        String modelId = api.post("/api/v1/chat", "{\"message\":\"Create a cube\"}", bearer(key))
                .json()
                .getJsonObject("model")
                .getString("id");
        String revokedId =
                api.get("/api/v1/keys", bearer(key)).json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
                        .filter(k -> k.getString("name").equals("to revoke"))
                        .findFirst()
                        .orElseThrow()
                        .getString("id");
        assertEquals(204, api.delete("/api/v1/keys/" + revokedId, bearer(key)).status());
        String adminKey = api.newAdminKey("admin@genx3d.test", new MailOutbox(server.dataDirectory()));
        assertTrue(Files.exists(workDir.resolve("data/pepper")), "the embedded default keeps its pepper");
        assertTrue(Files.exists(workDir.resolve("data/audit-chain-key")), "and its audit chain key");
        assertDataIsPrivate(workDir.resolve("data"));
        assertSessionCookieIsSecureOverHttps(sslPort, email);
        Writes writes = killDuringWrites(api);
        String firstLog = server.log();

        // A new port: the old one may still be in use a moment after the kill, and clients still retrying it must
        // not reach the restarted server.
        server =
                RunningJar.start(workDir, RunningJar.freePort(), with(database, "GENX3D_USAGE_FLUSH_INTERVAL", "PT1H"));
        api = server.api();
        assertEquals(200, api.get("/api/v1/models/" + modelId, bearer(key)).status(), "the key still works");
        assertStillRevoked(api, revokedKey);
        writes.assertAllKeptBy(api);
        assertChainVerifies(api, adminKey);
        Api.Session session = api.logIn(email);
        assertNoSecretIn(firstLog + server.log(), key, revokedKey);
        assertOneLinePerRequest(firstLog, created.json().getString("id"));

        Reply counted = api.createKey(session, "{\"name\":\"counted until shutdown\"}");
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    200,
                    api.get("/api/v1/models", bearer(counted.json().getString("key")))
                            .status());
        }
        server.stop();
        long unkeyed = removeTheMacsOfTheOldestHalf(workDir);
        server = RunningJar.start(
                workDir,
                RunningJar.freePort(),
                with(rotatedSecrets(workDir), "GENX3D_AUDIT_UNKEYED_THROUGH_SEQ", String.valueOf(unkeyed)));
        api = server.api();
        JsonArray rows = api.get(
                        "/api/v1/usage?key_id=" + counted.json().getString("id"),
                        "Cookie",
                        api.logIn(email).cookie())
                .json()
                .getJsonArray("data");
        long requests = rows.getValuesAs(JsonObject.class).stream()
                .mapToLong(row -> row.getInt("requests"))
                .sum();
        assertEquals(3, requests, "only the shutdown flush can have written these: " + rows);
        // The pepper was rotated for this boot: keys hashed under the previous one still work (and are re-hashed),
        // a revoked one stays revoked.
        assertEquals(200, api.get("/api/v1/models/" + modelId, bearer(key)).status(), "a key across a pepper rotation");
        assertEquals(200, api.get("/api/v1/models/" + modelId, bearer(key)).status(), "and again, under the new hash");
        assertStillRevoked(api, revokedKey);
        awaitInLog("Keyed " + unkeyed + " audit events sealed before the chain was keyed");
        awaitInLog("events MACed again under version 2");
        assertChainVerifies(api, adminKey);
    }

    private static void assertChainVerifies(Api api, String adminKey) {
        Reply verification = api.get("/api/v1/audit-events/verification", bearer(adminKey));
        assertEquals(200, verification.status(), verification.body());
        assertTrue(verification.json().getBoolean("valid"), verification.body());
    }

    /** The re-keying runs off the request path at start-up: its log line says when it is done. */
    private void awaitInLog(String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!server.log().contains(line)) {
            assertTrue(System.nanoTime() < deadline, "not in the server log: " + line);
            Thread.sleep(200);
        }
    }

    /**
     * While the server is stopped: the oldest half of the audit events lose their MACs, as events sealed before the
     * chain was keyed have none (their SHA-256 chain is unchanged). Answers the last of them.
     */
    private long removeTheMacsOfTheOldestHalf(Path workDir) throws SQLException {
        String url = database.getOrDefault(
                "GENX3D_DB_URL",
                "jdbc:h2:file:" + workDir.resolve("data/genx3d").toAbsolutePath());
        try (Connection db = DriverManager.getConnection(
                        url,
                        database.getOrDefault("GENX3D_DB_USER", "genx3d"),
                        database.getOrDefault("GENX3D_DB_PASSWORD", "genx3d"));
                Statement sql = db.createStatement()) {
            long last;
            try (ResultSet max = sql.executeQuery("SELECT MAX(seq) FROM audit_events")) {
                max.next();
                last = max.getLong(1) / 2;
            }
            if (TestDatabase.isPostgres()) {
                sql.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
            }
            sql.executeUpdate("UPDATE audit_events SET mac = NULL, key_version = NULL WHERE seq <= " + last);
            if (TestDatabase.isPostgres()) {
                sql.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
            }
            assertTrue(last > 10, "enough events to key: " + last);
            return last;
        }
    }

    private static void assertStillRevoked(Api api, String key) {
        assertEquals(
                "key_revoked",
                api.get("/api/v1/models", bearer(key))
                        .error()
                        .getJsonObject("details")
                        .getString("reason"));
    }

    /**
     * A new pepper and a new audit chain key as an operator rotates them: each generated one becomes the previous
     * one, version 2.
     */
    private Map<String, String> rotatedSecrets(Path workDir) throws java.io.IOException {
        Map<String, String> settings = new HashMap<>(database);
        settings.put(
                "GENX3D_KEYS_PREVIOUS_PEPPER",
                Files.readString(workDir.resolve("data/pepper")).strip());
        settings.put("GENX3D_KEYS_PEPPER", "rotated-pepper-" + "r".repeat(32));
        settings.put("GENX3D_KEYS_PEPPER_VERSION", "2");
        settings.put(
                "GENX3D_AUDIT_PREVIOUS_CHAIN_KEY",
                Files.readString(workDir.resolve("data/audit-chain-key")).strip());
        settings.put("GENX3D_AUDIT_CHAIN_KEY", "rotated-chain-key-" + "c".repeat(32));
        settings.put("GENX3D_AUDIT_CHAIN_KEY_VERSION", "2");
        return settings;
    }

    /** Eight clients create keys and revoke others until the server is killed under them. */
    private Writes killDuringWrites(Api before) throws Exception {
        Api.Session session = before.newSession();
        Queue<JsonObject> revocable = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < TO_REVOKE; i++) {
            revocable.add(before.createKey(session, "{\"name\":\"to revoke " + i + "\"}")
                    .json());
        }
        Writes writes = new Writes(
                session,
                new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(),
                new AtomicInteger());
        CountDownLatch firstAnswers = new CountDownLatch(40);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.submit(() -> {
                for (int round = 0; round < 1000; round++) {
                    try {
                        Reply made = before.createKey(session, "{\"name\":\"client " + id + " round " + round + "\"}");
                        if (made.status() == 201) {
                            writes.created().add(made.json().getString("key"));
                            writes.createdIds().add(made.json().getString("id"));
                        }
                        JsonObject victim = revocable.poll();
                        if (victim != null
                                && before.delete("/api/v1/keys/" + victim.getString("id"), session.headers())
                                                .status()
                                        == 204) {
                            writes.revoked().add(victim.getString("key"));
                            writes.revokedIds().add(victim.getString("id"));
                        }
                        firstAnswers.countDown();
                    } catch (RuntimeException connectionGone) {
                        writes.cutOff().incrementAndGet();
                        return;
                    }
                }
            });
        }
        assertTrue(firstAnswers.await(60, TimeUnit.SECONDS), "clients got going");
        // Killed in the middle of the traffic, once there is enough of it acknowledged to check (not after a fixed
        // pause).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (writes.created().size() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        server.kill();
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(
                writes.created().size() >= 40,
                "enough traffic before the kill: " + writes.created().size());
        return writes;
    }

    private record Writes(
            Api.Session session,
            Queue<String> created,
            Queue<String> createdIds,
            Queue<String> revoked,
            Queue<String> revokedIds,
            AtomicInteger cutOff) {

        void assertAllKeptBy(Api after) {
            List<String> problems = new ArrayList<>();
            for (String key : created) {
                int status = after.get("/api/v1/scopes", bearer(key)).status();
                if (status != 200) {
                    problems.add("created key answered " + status);
                }
            }
            for (String key : revoked) {
                Reply reply = after.get("/api/v1/scopes", bearer(key));
                if (reply.status() != 401 || !reply.body().contains("key_revoked")) {
                    problems.add("revoked key answered " + reply.status());
                }
            }
            // The audit events of acknowledged creations and revocations were committed with them.
            Set<String> createdEvents = auditedTargets(after, "key.created");
            Set<String> revokedEvents = auditedTargets(after, "key.revoked");
            createdIds.stream()
                    .filter(id -> !createdEvents.contains(id))
                    .forEach(id -> problems.add("no key.created event for " + id));
            revokedIds.stream()
                    .filter(id -> !revokedEvents.contains(id))
                    .forEach(id -> problems.add("no key.revoked event for " + id));
            System.out.printf(
                    "RunnableJarIT: SIGKILL with %d clients writing; %d creations and %d revocations "
                            + "acknowledged before it, %d requests cut off; after restart %d problems (audit events "
                            + "found: %d key.created, %d key.revoked)%n",
                    CLIENTS,
                    created.size(),
                    revoked.size(),
                    cutOff.get(),
                    problems.size(),
                    createdEvents.size(),
                    revokedEvents.size());
            assertEquals(List.of(), problems);
        }

        private Set<String> auditedTargets(Api after, String type) {
            Set<String> targets = new HashSet<>();
            String cursor = "";
            do {
                Reply page = after.get(
                        "/api/v1/audit-events?limit=100&type=" + type + "&cursor=" + cursor,
                        "Cookie",
                        session.cookie());
                assertEquals(200, page.status(), page.body());
                page.json()
                        .getJsonArray("data")
                        .getValuesAs(JsonObject.class)
                        .forEach(event -> targets.add(event.getString("target")));
                cursor = page.json().isNull("next_cursor") ? null : page.json().getString("next_cursor");
            } while (cursor != null);
            return targets;
        }
    }

    private static void assertNoSecretIn(String log, String key, String revokedKey) {
        for (String secret : new String[] {key, key.substring(11), revokedKey.substring(11), Api.PASSWORD}) {
            assertFalse(log.contains(secret), "a secret reached the server log");
        }
    }

    /** One line per request: method, path, status, key id (never the key), account id, latency. */
    private static void assertOneLinePerRequest(String log, String keyId) {
        String keyLine = "POST /api/v1/chat 200 key=" + keyId + " account=acct_";
        assertTrue(
                Pattern.compile(Pattern.quote(keyLine) + "\\w+ \\d+\\.\\dms")
                        .matcher(log)
                        .find(),
                keyLine);
        assertTrue(
                Pattern.compile("GET /api/v1/models 401 key=- account=- \\d+\\.\\dms")
                        .matcher(log)
                        .find(),
                "refusals are logged too");
    }

    /** Issue 13, point 17: the H2 database file was world-readable (644) while the pepper was 600. */
    private static void assertDataIsPrivate(Path data) throws java.io.IOException {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        List<Path> files = new ArrayList<>(List.of(data.resolve("pepper"), data.resolve("audit-chain-key")));
        if (!TestDatabase.isPostgres()) {
            files.add(data.resolve("genx3d.mv.db"));
        }
        for (Path file : files) {
            assertEquals(
                    "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> more = new HashMap<>(settings);
        more.put(name, value);
        return more;
    }

    /** Payara Micro's built-in self-signed certificate is enough to see the cookie's Secure attribute. */
    private static void assertSessionCookieIsSecureOverHttps(int sslPort, String email) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        SSLParameters noHostnameCheck = new SSLParameters();
        noHostnameCheck.setEndpointIdentificationAlgorithm(null);
        HttpClient https = HttpClient.newBuilder()
                .sslContext(trustAll)
                .sslParameters(noHostnameCheck)
                .build();
        HttpResponse<String> response = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + sslPort + "/api/v1/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }
}
