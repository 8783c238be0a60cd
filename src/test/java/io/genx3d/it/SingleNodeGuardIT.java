package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.RunningJar;
import io.genx3d.support.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, "other servers": a node that keeps its limits in its own memory (a lone Payara Micro; WildFly always)
 * refuses to start beside another node on the same database, instead of silently counting every limit again.
 */
@Tag("postgresql-only")
@ExtendWith(TestDatabase.class)
class SingleNodeGuardIT extends RunningJarTest {

    @Test
    void aSecondLoneNodeOnTheSameDatabaseRefusesToStart() throws Exception {
        Map<String, String> settings = new HashMap<>(TestDatabase.forNewServer("lone_nodes"));
        settings.put("GENX3D_KEYS_PEPPER", "lone-node-pepper-0123456789abcdefghijkl");
        settings.put("GENX3D_AUDIT_CHAIN_KEY", "lone-node-chain-key-0123456789abcdefghijkl");
        server = RunningJar.start(workDir("lone-first"), RunningJar.freePort(), settings);
        RunningJar.Refusal second =
                RunningJar.startRefusing(workDir("lone-second"), RunningJar.freePort(), settings, "refuses to start");
        String secondLog = second.log();
        assertTrue(secondLog.contains("This node refuses to start"), secondLog);
        assertTrue(secondLog.contains("already serves this database"), secondLog);
        assertFalse(second.apiServed(), "the refusing node serves no API");
        assertEquals(401, server.api().get("/api/v1/models").status(), "the first node is untouched and still serving");
    }
}
