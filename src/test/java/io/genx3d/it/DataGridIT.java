package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.ListeningSockets;
import io.genx3d.support.SharedServer;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 3: a single node's data-grid member (Payara's Hazelcast, which Payara Micro starts even with
 * clustering off) listens on loopback only, so no other host can join it or read its maps. Checked from the
 * sockets the server process holds, without sending traffic anywhere.
 */
class DataGridIT extends DeployedApiTest {

    @Test
    void everySocketButTheHttpListenerIsBoundToLoopback() {
        int httpPort = api.base().getPort();
        List<InetSocketAddress> others = ListeningSockets.of(SharedServer.pid()).stream()
                .filter(socket -> socket.getPort() != httpPort)
                .toList();
        assertFalse(others.isEmpty(), "the data-grid member listens somewhere (Hazelcast's port, 6900 and up)");
        for (InetSocketAddress socket : others) {
            assertTrue(
                    socket.getAddress().isLoopbackAddress(),
                    "listening on " + socket + ", reachable from other hosts: " + others);
        }
    }
}
