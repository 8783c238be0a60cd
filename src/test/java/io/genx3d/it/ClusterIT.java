package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.keys.KeyFormat;
import io.genx3d.support.Api;
import io.genx3d.support.ClusterOptions;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.OtlpReceiver;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import io.genx3d.support.TestDatabase;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: two nodes of the runnable jar on one PostgreSQL database, joined into one cluster on Payara's data grid
 * with exactly the options the README gives (on loopback only). Limits are counted once for the cluster, not once per
 * node.
 */
@Tag("postgresql-only")
@Tag("cluster")
@ExtendWith(TestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PEPPER = "cluster-test-pepper-0123456789abcdefghij";
    private static RunningJar nodeA;
    private static RunningJar nodeB;
    private static Api a;
    private static Api b;
    private static Map<String, String> settings;
    private static String members;
    private static String name;
    private static int gridB;
    private static OtlpReceiver collector;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        settings = new HashMap<>(TestDatabase.forNewServer("cluster"));
        settings.put("GENX3D_KEYS_PEPPER", PEPPER);
        // The audit chain is verified on the other node than the one that sealed it: one key for the cluster.
        settings.put("GENX3D_AUDIT_CHAIN_KEY", "cluster-test-chain-key-0123456789abcdefghij");
        settings.put("GENX3D_USAGE_FLUSH_INTERVAL", "PT1S");
        // Unsigned leak reports (no scanner keys), three an hour per address: the cluster counts them once.
        settings.put("GENX3D_LEAKED_KEYS_SIGNING_KEYS_FILE", "");
        settings.put("GENX3D_RATELIMIT_LEAK_REPORTS", "3");
        settings.put("GENX3D_KEYS_REMINDER_INTERVAL", "PT1S");
        // Audit events are kept 5 seconds here, and both nodes prune every second.
        settings.put("GENX3D_AUDIT_RETENTION", "PT5S");
        settings.put("GENX3D_AUDIT_PRUNE_INTERVAL", "PT1S");
        // Issue 28: both nodes export their traces to one OTLP receiver, in OTLP/JSON, through the standard settings.
        collector = new OtlpReceiver();
        settings.put("OTEL_SDK_DISABLED", "false");
        settings.put("OTEL_TRACES_EXPORTER", "otlp");
        settings.put("OTEL_METRICS_EXPORTER", "none");
        settings.put("OTEL_LOGS_EXPORTER", "none");
        settings.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json");
        settings.put("OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint());
        settings.put("OTEL_BSP_SCHEDULE_DELAY", "200");
        int gridA = RunningJar.freePort();
        gridB = RunningJar.freePort();
        members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        name = "genx3d-it-" + ProcessHandle.current().pid();
        nodeA = start("cluster-a", settings, members, gridA, name);
        nodeB = startWithTheScript("cluster-b", gridA, gridB, name);
        a = nodeA.api();
        b = nodeB.api();
        awaitClusterOfTwo();
    }

    private static RunningJar start(String dir, Map<String, String> settings, String members, int gridPort, String name)
            throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), dir);
        return RunningJar.start(
                workDir, RunningJar.freePort(), settings, ClusterOptions.onLoopback(members, gridPort, name));
    }

    /** The second node through server-config/cluster/run-node.sh: the same options, from environment variables. */
    private static RunningJar startWithTheScript(String dir, int gridA, int gridB, String name) throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), dir);
        int port = RunningJar.freePort();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("GENX3D_CLUSTER_MEMBERS", "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB);
        environment.put("GENX3D_CLUSTER_NAME", name);
        environment.put("GENX3D_CLUSTER_INTERFACE", "127.0.0.1");
        environment.put("GENX3D_CLUSTER_PORT", String.valueOf(gridB));
        environment.put("GENX3D_HTTP_PORT", String.valueOf(port));
        environment.put("JAVA_OPTS", String.join(" ", RunningJar.SHORT_LIVED_JVM_OPTIONS));
        return RunningJar.launch(
                workDir,
                port,
                environment,
                List.of(
                        "bash",
                        Path.of("server-config/cluster/run-node.sh")
                                .toAbsolutePath()
                                .toString(),
                        Path.of(System.getProperty("app.jar", "target/genx3d.jar"))
                                .toAbsolutePath()
                                .toString()));
    }

    private static void awaitClusterOfTwo() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!nodeB.log().contains("DG Size: 2")) {
            assertTrue(System.nanoTime() < deadline, "the nodes did not form a cluster of two");
            Thread.sleep(200);
        }
        assertTrue(nodeA.log().contains("Cluster state (rate limits, verified keys): in the data grid"));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (collector != null) {
            collector.close();
        }
        for (RunningJar node : new RunningJar[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
    }

    /**
     * Issue 28: a caller's trace crosses both nodes. One W3C {@code traceparent} sent to node A and to node B: each
     * node's server span joins that trace as a child of the caller's span, is named by the route template, carries the
     * request id of the answer's {@code X-Request-Id}, the key id and the account id, and has a child span for the
     * data-grid work of the rate limit; the two come from two service instances; nothing sent holds the key.
     */
    @Test
    void aTraceFollowsACallersRequestAcrossBothNodes() throws Exception {
        jakarta.json.JsonObject created =
                a.createKey(a.newSession(), "{\"name\":\"traced\"}").json();
        String key = created.getString("key");
        String keyId = created.getString("id");
        String traceId = randomHex(32);
        String callerSpan = randomHex(16);
        String traceparent = "00-" + traceId + "-" + callerSpan + "-01";
        Map<String, String> requestIds = new HashMap<>();
        for (Api node : List.of(a, b)) {
            Reply reply =
                    node.get("/api/v1/models?limit=5", "Authorization", "Bearer " + key, "traceparent", traceparent);
            assertEquals(200, reply.status(), reply.body());
            requestIds.put(node == a ? "a" : "b", reply.header("X-Request-Id"));
        }

        List<OtlpReceiver.ReceivedSpan> servers =
                collector.await(span -> span.traceId().equals(traceId) && span.kind() == 2, 2, Duration.ofSeconds(30));
        assertEquals(2, servers.size(), "one server span from each node, in the caller's trace: " + servers);
        for (OtlpReceiver.ReceivedSpan server : servers) {
            assertEquals("GET /api/v1/models", server.name(), "named by its route template");
            assertEquals(callerSpan, server.parentSpanId(), "a child of the caller's span");
            assertEquals(keyId, server.attribute("genx3d.key.id"));
            assertTrue(
                    server.attribute("genx3d.account.id").startsWith("acct_"),
                    server.span().toString());
            assertTrue(
                    requestIds.containsValue(server.attribute("genx3d.request.id")),
                    server.span().toString());
            assertEquals("200", server.attribute("http.response.status_code"));
            List<OtlpReceiver.ReceivedSpan> children =
                    collector.await(span -> span.parentSpanId().equals(server.spanId()), 2, Duration.ofSeconds(10));
            assertTrue(
                    children.stream().anyMatch(child -> child.name().equals("genx3d.rate-limit.consume")),
                    "the rate limit's grid work is a child span: " + children);
            assertTrue(
                    children.stream().anyMatch(child -> child.name().equals("genx3d.models.page")),
                    "the database read is a child span: " + children);
        }
        assertTrue(
                !servers.get(0)
                        .resourceAttribute("service.instance.id")
                        .equals(servers.get(1).resourceAttribute("service.instance.id")),
                "two nodes: " + servers.get(0).resource() + " / "
                        + servers.get(1).resource());

        // A request the mechanism refuses never reaches JAX-RS, and still has its span in the caller's trace.
        String wrongKey = key.substring(0, key.length() - 4) + "AAAA";
        Reply refused = b.get("/api/v1/models", "Authorization", "Bearer " + wrongKey, "traceparent", traceparent);
        assertEquals(401, refused.status(), refused.body());
        List<OtlpReceiver.ReceivedSpan> refusals = collector.await(
                span -> span.traceId().equals(traceId) && "401".equals(span.attribute("http.response.status_code")),
                1,
                Duration.ofSeconds(30));
        assertEquals(1, refusals.size(), "the refusal's span: " + refusals);
        assertEquals(callerSpan, refusals.get(0).parentSpanId());
        assertEquals(refused.header("X-Request-Id"), refusals.get(0).attribute("genx3d.request.id"));
        for (String body : collector.bodies()) {
            assertTrue(!body.contains(key) && !body.contains(wrongKey), "a span never carries a key");
        }
    }

    private static String randomHex(int digits) {
        StringBuilder hex = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (hex.length() < digits) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    @Test
    void aKeysLimitIsExactAcrossBothNodesUnderConcurrency() throws Exception {
        String key = a.createKeyValue(a.newSession(), "{\"name\":\"clustered\",\"rate_limit\":50}");
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Api node = i % 2 == 0 ? a : b;
            requests.add(() -> node.get("/api/v1/models", bearer(key)).status());
        }
        Map<Integer, Integer> byStatus = statusesOf(requests, 32);
        System.out.println("ClusterIT: 60 requests over two nodes, 32 clients, limit 50: by status " + byStatus);
        assertEquals(Map.of(200, 50, 429, 10), byStatus);
    }

    /** Sends the requests from {@code clients} threads at once; how many got each status. */
    private static Map<Integer, Integer> statusesOf(List<Callable<Integer>> requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        try {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                byStatus.merge(status.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }
        return byStatus;
    }

    @Test
    void remainingCountsDownAcrossNodes() {
        String key = a.createKeyValue(a.newSession(), "{\"name\":\"alternating\",\"rate_limit\":10}");
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            remaining.add(
                    (i % 2 == 0 ? a : b).get("/api/v1/models", bearer(key)).header("X-RateLimit-Remaining"));
        }
        assertEquals(List.of("9", "8", "7", "6", "5", "4"), remaining);
    }

    /** The guide: "Revoked keys stop working immediately" — on every node, the very next request. */
    @Test
    void aKeyRevokedOnOneNodeIsRefusedOnTheOtherAtOnce() {
        Api.Session session = a.newSession();
        for (int i = 0; i < 10; i++) {
            Api revoking = i % 2 == 0 ? a : b;
            Api other = i % 2 == 0 ? b : a;
            Reply created = a.createKey(session, "{\"name\":\"revoked " + i + "\"}");
            String key = created.json().getString("key");
            assertEquals(200, other.get("/api/v1/models", bearer(key)).status(), "verified, and cached, there");
            assertEquals(
                    204,
                    revoking.delete("/api/v1/keys/" + created.json().getString("id"), session.headers())
                            .status());
            Reply next = other.get("/api/v1/models", bearer(key));
            assertEquals(401, next.status(), "round " + i + ": " + next.body());
            assertEquals("key_revoked", next.error().getJsonObject("details").getString("reason"));
        }
    }

    /** A leak reported to one node revokes the key for the other at once; unsigned reports are limited per address. */
    @Test
    void aLeakedKeyReportedToOneNodeIsRefusedOnTheOtherAtOnce() {
        Api.Session session = a.newSession();
        String key = a.createKeyValue(session, "{\"name\":\"leaked\"}");
        assertEquals(200, b.get("/api/v1/models", bearer(key)).status(), "verified, and cached, there");
        Api scanner = a.asNewClient();
        String report = "[{\"token\":\"" + key + "\",\"type\":\"genx3d_api_key\",\"url\":\"https://example.com/x\"}]";
        Reply reply = scanner.post("/api/v1/leaked-keys", report);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("true_positive"), reply.body());
        Reply next = b.get("/api/v1/models", bearer(key));
        assertEquals(401, next.status(), next.body());
        assertEquals("key_revoked", next.error().getJsonObject("details").getString("reason"));

        String[] sameScannerOnB = {"X-Forwarded-For", scanner.clientAddress()};
        assertEquals(200, b.post("/api/v1/leaked-keys", "[]", sameScannerOnB).status());
        assertEquals(200, scanner.post("/api/v1/leaked-keys", "[]").status());
        Reply limited = b.post("/api/v1/leaked-keys", "[]", sameScannerOnB);
        assertEquals(429, limited.status(), "three an hour, counted on both nodes: " + limited.body());
    }

    /**
     * Retention: both nodes prune what is older than 5 s (on PostgreSQL, past the trigger that refuses every other
     * delete), and what remains still verifies from where pruning left the chain.
     */
    @Test
    void pruningPastTheRetentionKeepsTheRestOfTheChainVerifiable() throws Exception {
        String adminKey = a.newAdminKey("cluster-audit-admin@genx3d.test", new MailOutbox(nodeA.dataDirectory()));
        Api.Session session = a.newSession();
        a.createKey(session, "{\"name\":\"soon forgotten\"}");
        List<jakarta.json.JsonObject> before = a.get("/api/v1/audit-events", "Cookie", session.cookie())
                .json()
                .getJsonArray("data")
                .getValuesAs(jakarta.json.JsonObject.class);
        long newest = before.get(0).getJsonNumber("seq").longValue();
        long deadline = System.nanoTime() + 30_000_000_000L;
        jakarta.json.JsonObject verification;
        do {
            Thread.sleep(500);
            verification =
                    b.get("/api/v1/audit-events/verification", bearer(adminKey)).json();
        } while (verification.getJsonNumber("pruned_through_seq").longValue() < newest && System.nanoTime() < deadline);
        System.out.println("ClusterIT: after pruning, " + verification);
        assertTrue(verification.getJsonNumber("pruned_through_seq").longValue() >= newest, verification.toString());
        assertTrue(verification.getBoolean("valid"), verification.toString());
        assertEquals(
                0,
                a.get("/api/v1/audit-events", "Cookie", session.cookie())
                        .json()
                        .getJsonArray("data")
                        .size(),
                "the account's events are past the retention period");
        a.createKey(session, "{\"name\":\"recorded after the pruning\"}");
        assertTrue(b.get("/api/v1/audit-events/verification", bearer(adminKey))
                .json()
                .getBoolean("valid"));
    }

    /** Both nodes look for due reminders every second; exactly one of them mails each. */
    @Test
    void anExpiryReminderIsMailedOnceByOneOfTheNodes() throws Exception {
        String email = Api.uniqueEmail("reminded");
        a.signUp(email);
        Api.Session session = a.logIn(email);
        String expiresAt = Instant.now()
                .plus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        for (int i = 0; i < 5; i++) {
            Api node = i % 2 == 0 ? a : b;
            assertEquals(
                    201,
                    node.post(
                                    "/api/v1/keys",
                                    "{\"name\":\"expiring " + i + "\",\"expires_at\":\"" + expiresAt + "\"}",
                                    session.headers())
                            .status());
        }
        MailOutbox outboxA = new MailOutbox(nodeA.dataDirectory());
        MailOutbox outboxB = new MailOutbox(nodeB.dataDirectory());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (reminders(outboxA, email).size() + reminders(outboxB, email).size() < 5
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // then two more rounds of the reminder job on each node, as each counts them: nothing is mailed twice
        long roundsA = (long) a.metric("genx3d_reminder_rounds");
        long roundsB = (long) b.metric("genx3d_reminder_rounds");
        while ((a.metric("genx3d_reminder_rounds") < roundsA + 2 || b.metric("genx3d_reminder_rounds") < roundsB + 2)
                && System.nanoTime() < deadline + 20_000_000_000L) {
            Thread.sleep(200);
        }
        assertTrue(a.metric("genx3d_reminder_rounds") >= roundsA + 2, "two more rounds on node A");
        assertTrue(b.metric("genx3d_reminder_rounds") >= roundsB + 2, "two more rounds on node B");
        List<String> subjects = new ArrayList<>(reminders(outboxA, email));
        subjects.addAll(reminders(outboxB, email));
        subjects.sort(null);
        System.out.printf(
                "ClusterIT: 5 keys due for a reminder; node A mailed %d of the reminders, node B %d%n",
                reminders(outboxA, email).size(), reminders(outboxB, email).size());
        assertEquals(
                List.of(0, 1, 2, 3, 4).stream()
                        .map(i -> "Your genx3D API key \"expiring " + i + "\" expires in 2 days")
                        .toList(),
                subjects);
    }

    private static List<String> reminders(MailOutbox outbox, String email) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : outbox.messagesTo(email)) {
            if (message.getSubject().startsWith("Your genx3D API key")) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    @Test
    void anAccountSuspendedOnOneNodeIsRefusedOnTheOtherAtOnce() {
        String admin = "admin@genx3d.test";
        a.signUp(admin);
        a.verifyEmail(new MailOutbox(nodeA.dataDirectory()), admin);
        String adminKey = a.createKeyValue(a.logIn(admin), "{\"name\":\"admin\",\"level\":\"admin\"}");
        String email = Api.uniqueEmail("suspended");
        String accountId = a.signUp(email).getString("id");
        String key = a.createKeyValue(a.logIn(email), "{\"name\":\"soon suspended\"}");
        assertEquals(200, a.get("/api/v1/models", bearer(key)).status());
        assertEquals(
                200,
                b.send("PATCH", "/api/v1/users/" + accountId, "{\"status\":\"suspended\"}", bearer(adminKey))
                        .status());
        Reply next = a.get("/api/v1/models", bearer(key));
        assertEquals(401, next.status(), next.body());
        assertEquals("account_suspended", next.error().getJsonObject("details").getString("reason"));
    }

    /** Issue 31: a verified person with a session on node A (its mail lands in A's outbox). */
    private static Api.Session verifiedSession(String email) {
        a.signUp(email);
        a.verifyEmail(new MailOutbox(nodeA.dataDirectory()), email);
        return a.logIn(email);
    }

    private static String created(Api node, Api.Session session, String path, String body) {
        Reply reply = node.post(path, body, session.headers());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    /**
     * Issue 31: a project's limit is one quota for all its keys on both nodes, under concurrency; a new limit set on one
     * node applies to the keys on the other from their next request.
     */
    @Test
    void aProjectsLimitIsOneQuotaForItsKeysAcrossBothNodes() throws Exception {
        Api.Session owner = verifiedSession(Api.uniqueEmail("project-owner"));
        String org = created(a, owner, "/api/v1/organizations", "{\"name\":\"Clustered\"}");
        String project =
                created(a, owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\",\"rate_limit\":40}");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Reply key = b.post("/api/v1/projects/" + project + "/keys", "{\"name\":\"k" + i + "\"}", owner.headers());
            assertEquals(201, key.status(), key.body());
            keys.add(key.json().getString("key"));
        }
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Api node = i % 2 == 0 ? a : b;
            String key = keys.get(i % 3);
            requests.add(() -> node.get("/api/v1/models", bearer(key)).status());
        }
        Map<Integer, Integer> byStatus = statusesOf(requests, 24);
        System.out.println("ClusterIT: 60 requests of 3 project keys over two nodes, project limit 40: " + byStatus);
        assertEquals(Map.of(200, 40, 429, 20), byStatus);

        Reply raised = a.send("PATCH", "/api/v1/projects/" + project, "{\"rate_limit\":100}", owner.headers());
        assertEquals(200, raised.status(), raised.body());
        Reply next = b.get("/api/v1/models", bearer(keys.get(0)));
        assertEquals(200, next.status(), "the raised limit holds on the other node at once: " + next.body());
        assertEquals("100", next.header("X-RateLimit-Limit"));
    }

    /**
     * Issue 31: a member removed on one node reaches nothing of the organization from their next request on the other,
     * while the project key they made keeps working on both.
     */
    @Test
    void aMemberRemovedOnOneNodeReachesNothingOnTheOtherWhileTheirProjectKeyWorks() {
        Api.Session owner = verifiedSession(Api.uniqueEmail("org-owner"));
        String memberEmail = Api.uniqueEmail("org-member");
        Api.Session member = verifiedSession(memberEmail);
        String memberId = a.get("/api/v1/account", member.headers()).json().getString("id");
        String org = created(a, owner, "/api/v1/organizations", "{\"name\":\"Removal\"}");
        String project = created(a, owner, "/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}");
        created(
                a,
                owner,
                "/api/v1/organizations/" + org + "/invitations",
                "{\"email\":\"" + memberEmail + "\",\"role\":\"member\"}");
        String token = new MailOutbox(nodeA.dataDirectory()).tokenFor(memberEmail, "accept");
        assertEquals(
                200,
                b.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}", member.headers())
                        .status());
        Reply made = b.post("/api/v1/projects/" + project + "/keys", "{\"name\":\"svc\"}", member.headers());
        assertEquals(201, made.status(), made.body());
        String projectKey = made.json().getString("key");
        String personalKey = a.createKeyValue(member, "{\"name\":\"mine\"}");
        assertEquals(
                200,
                b.get("/api/v1/models?project_id=" + project, member.headers()).status());
        assertEquals(
                200,
                b.get("/api/v1/models?project_id=" + project, bearer(personalKey))
                        .status());
        assertEquals(200, b.get("/api/v1/models", bearer(projectKey)).status(), "verified, and cached, on B");

        assertEquals(
                204,
                a.delete("/api/v1/organizations/" + org + "/members/" + memberId, owner.headers())
                        .status());

        assertEquals(
                404,
                b.get("/api/v1/models?project_id=" + project, member.headers()).status());
        assertEquals(
                404,
                b.get("/api/v1/models?project_id=" + project, bearer(personalKey))
                        .status());
        assertEquals(
                404, b.get("/api/v1/organizations/" + org, member.headers()).status());
        assertEquals(200, b.get("/api/v1/models", bearer(projectKey)).status(), "the project key outlives its maker");
        assertEquals(200, a.get("/api/v1/models", bearer(projectKey)).status());
    }

    @Test
    void usageCountedOnBothNodesAddsUp() throws Exception {
        Api.Session session = a.newSession();
        Reply created = a.createKey(session, "{\"name\":\"counted twice\"}");
        String key = created.json().getString("key");
        for (int i = 0; i < 12; i++) {
            assertEquals(200, (i < 7 ? a : b).get("/api/v1/models", bearer(key)).status());
        }
        long deadline = System.nanoTime() + 15_000_000_000L;
        int requests = 0;
        while (requests != 12 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            var rows = b.get("/api/v1/usage?key_id=" + created.json().getString("id"), session.headers())
                    .json()
                    .getJsonArray("data");
            requests = rows.isEmpty() ? 0 : rows.getJsonObject(0).getInt("requests");
        }
        assertEquals(12, requests, "7 counted on one node and 5 on the other, in one hourly row");
    }

    /**
     * Last: kills a node. The other goes on serving keys and sessions with the limits where they were (the grid
     * keeps a backup of every bucket), and the killed node rejoins when it is started again.
     */
    @Test
    @Order(100)
    void whenANodeIsKilledTheOtherGoesOnAndTheLimitsNeitherResetNorDouble() throws Exception {
        Api.Session session = a.newSession();
        String key = a.createKeyValue(session, "{\"name\":\"survivor\",\"rate_limit\":30}");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    200, (i % 2 == 0 ? a : b).get("/api/v1/models", bearer(key)).status());
        }
        ExecutorService traffic = Executors.newSingleThreadExecutor();
        Future<Integer> duringTheKill = traffic.submit(() -> {
            int served = 0;
            for (int i = 0; i < 40; i++) {
                try {
                    served += b.get("/api/v1/ping").status() == 200 ? 1 : 0;
                } catch (RuntimeException connectionGone) {
                    break;
                }
            }
            return served;
        });
        nodeB.kill();
        traffic.shutdown();
        duringTheKill.get();

        Reply after = a.get("/api/v1/models", bearer(key));
        assertEquals(200, after.status(), after.body());
        assertEquals("19", after.header("X-RateLimit-Remaining"), "30 - 10 before the kill - this one");
        assertEquals(200, a.get("/api/v1/sessions", "Cookie", session.cookie()).status());

        nodeB = start("cluster-b-again", settings, members, gridB, name);
        b = nodeB.api();
        awaitClusterOfTwo();
        Reply rejoined = b.get("/api/v1/models", bearer(key));
        assertEquals(200, rejoined.status());
        assertEquals("18", rejoined.header("X-RateLimit-Remaining"), "the restarted node counts on, from the grid");
    }

    @Test
    void guessingIsLimitedForTheClusterNotPerNode() throws Exception {
        // an address of its own: its window of failures starts at its first attempt, so all 24 fall into it
        Api viaA = new Api(new URL("http", "127.0.0.1", a.base().getPort(), "/"));
        Api viaB = new Api(new URL("http", "127.0.0.1", b.base().getPort(), "/"));
        int refused = 0;
        for (int i = 0; i < 24; i++) {
            Reply reply = (i % 2 == 0 ? viaA : viaB)
                    .get(
                            "/api/v1/models",
                            "X-Forwarded-For",
                            "203.0.113.140",
                            "Authorization",
                            "Bearer " + KeyFormat.newKey());
            refused += reply.status() == 429 ? 1 : 0;
        }
        assertEquals(4, refused, "20 failures a minute for the address, wherever they land");
    }

    /**
     * Issue 26: wrong keys spend an address's allowance for the whole cluster, yet a browser logged in from that address
     * keeps working on either node (its cookie was issued by the cluster, which shares the pepper), while a forged
     * cookie from there waits like a forged key.
     */
    @Test
    void aLoggedInBrowserKeepsWorkingOnEitherNodeWhileItsAddressIsOverTheAllowance() throws Exception {
        String office = "203.0.113.141";
        Api.Session session = a.newSession();
        for (int i = 0; i < 24; i++) {
            (i % 2 == 0 ? a : b)
                    .get("/api/v1/models", "X-Forwarded-For", office, "Authorization", "Bearer " + KeyFormat.newKey());
        }
        Reply created = b.post(
                "/api/v1/keys",
                "{\"name\":\"made from a locked office\"}",
                "Cookie",
                session.cookie(),
                "X-CSRF-Token",
                session.csrf(),
                "X-Forwarded-For",
                office);
        assertEquals(201, created.status(), created.body());
        assertEquals(
                200,
                a.get("/api/v1/keys", "Cookie", session.cookie(), "X-Forwarded-For", office)
                        .status());
        Reply forged = a.get("/api/v1/keys", "Cookie", "genx3d_session=forged.0000", "X-Forwarded-For", office);
        assertEquals(429, forged.status(), forged.body());
    }
}
