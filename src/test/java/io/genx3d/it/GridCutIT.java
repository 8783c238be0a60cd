package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genx3d.support.Api;
import io.genx3d.support.ClusterOptions;
import io.genx3d.support.CuttableLink;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import io.genx3d.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: a node cut off from the data grid does not serve from the grid's cache. Each node's grid traffic goes
 * through a {@link CuttableLink} on loopback (the node advertises the link as its public address), so the test can
 * split the cluster while both nodes keep serving HTTP, then heal it.
 */
@Tag("postgresql-only")
@Tag("cluster")
@ExtendWith(TestDatabase.class)
class GridCutIT {

    private static final Duration NOTICE_WITHIN = Duration.ofSeconds(60);
    private static CuttableLink toA;
    private static CuttableLink toB;
    private static RunningJar nodeA;
    private static RunningJar nodeB;
    private static Api a;
    private static Api b;

    @BeforeAll
    static void startTwoNodesBehindLinks() throws Exception {
        Map<String, String> settings = new HashMap<>(TestDatabase.forNewServer("gridcut"));
        settings.put("GENX3D_KEYS_PEPPER", "grid-cut-test-pepper-0123456789abcdefghij");
        settings.put("GENX3D_AUDIT_CHAIN_KEY", "grid-cut-test-chain-key-0123456789abcdefghij");
        settings.put("GENX3D_METRICS_SCRAPE_TOKEN", HardeningIT.SCRAPE_TOKEN);
        int gridA = RunningJar.freePort();
        int gridB = RunningJar.freePort();
        toA = CuttableLink.to(gridA);
        toB = CuttableLink.to(gridB);
        String members = "tcpip:127.0.0.1:" + toA.port() + ",127.0.0.1:" + toB.port();
        String name = "genx3d-cut-" + ProcessHandle.current().pid();
        nodeA = start("cut-a", settings, ClusterOptions.onLoopbackBehind(members, gridA, toA.port(), name));
        nodeB = start("cut-b", settings, ClusterOptions.onLoopbackBehind(members, gridB, toB.port(), name));
        a = nodeA.api();
        b = nodeB.api();
        awaitGrid(a, 2, true);
        awaitGrid(b, 2, true);
    }

    private static RunningJar start(String dir, Map<String, String> settings, String[] options) throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), dir);
        return RunningJar.start(workDir, RunningJar.freePort(), settings, options);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (RunningJar node : new RunningJar[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
        for (CuttableLink link : new CuttableLink[] {toA, toB}) {
            if (link != null) {
                link.close();
            }
        }
    }

    @Test
    void aNodeCutOffFromTheGridReadsTheDatabaseAndAHealedSplitBringsNoRevokedKeyBack() throws Exception {
        Api.Session session = a.newSession();
        Reply created = a.createKey(session, "{\"name\":\"cut off\"}");
        String revoked = created.json().getString("key");
        String kept = a.createKeyValue(session, "{\"name\":\"kept\"}");
        for (Api node : new Api[] {a, b, a, b}) {
            assertEquals(200, node.get("/api/v1/models", bearer(revoked)).status());
            assertEquals(200, node.get("/api/v1/models", bearer(kept)).status());
        }

        long cutAt = System.nanoTime();
        toA.cut();
        toB.cut();
        awaitGrid(a, 1, false);
        awaitGrid(b, 1, false);
        System.out.printf(
                "GridCutIT: both nodes noticed the cut within %d ms%n", (System.nanoTime() - cutAt) / 1_000_000);

        // Each half now serves alone; B has just verified the key again (a cache on its side would now hold it).
        assertEquals(200, b.get("/api/v1/models", bearer(revoked)).status());
        assertEquals(200, b.get("/api/v1/models", bearer(revoked)).status());
        assertEquals(
                204,
                a.delete("/api/v1/keys/" + created.json().getString("id"), session.headers())
                        .status());
        Reply onB = b.get("/api/v1/models", bearer(revoked));
        assertEquals(401, onB.status(), onB.body());
        assertEquals("key_revoked", onB.error().getJsonObject("details").getString("reason"));
        assertEquals(200, b.get("/api/v1/models", bearer(kept)).status(), "the cut-off node still serves good keys");

        long healAt = System.nanoTime();
        toA.heal();
        toB.heal();
        awaitGrid(a, 2, true);
        awaitGrid(b, 2, true);
        System.out.printf("GridCutIT: the halves merged within %d ms%n", (System.nanoTime() - healAt) / 1_000_000);
        for (Api node : new Api[] {a, b, a, b}) {
            assertEquals(401, node.get("/api/v1/models", bearer(revoked)).status());
            assertEquals(200, node.get("/api/v1/models", bearer(kept)).status());
        }
    }

    /** Waits until the node's metrics show {@code members} in its grid and whether it trusts the grid's cache. */
    private static void awaitGrid(Api node, int members, boolean whole) throws InterruptedException {
        long deadline = System.nanoTime() + NOTICE_WITHIN.toNanos();
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = node.get("/metrics", "Authorization", "Bearer " + HardeningIT.SCRAPE_TOKEN)
                    .body();
            if (gauge(metrics, "genx3d_cluster_grid_members") == members
                    && gauge(metrics, "genx3d_cluster_grid_whole") == (whole ? 1 : 0)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + members + " members, whole=" + whole + "; metrics: "
                + metrics.lines()
                        .filter(line -> line.startsWith("genx3d_cluster"))
                        .toList());
    }

    private static long gauge(String metrics, String name) {
        return (long) Api.metricIn(metrics, name).orElse(-1);
    }
}
