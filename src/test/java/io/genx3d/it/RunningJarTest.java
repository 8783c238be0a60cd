package io.genx3d.it;

import io.genx3d.support.RunningJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/**
 * Tests of the shipped runnable jar (not an Arquillian deployment): each starts its own server in a work
 * directory under target/ and this base kills whatever is still running afterwards.
 */
abstract class RunningJarTest {

    RunningJar server;

    @AfterEach
    void killServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    static Path workDir(String name) throws IOException {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), name);
    }
}
