package io.genx3d.support;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One genx3D server for the whole black-box suite of a failsafe execution: the runnable jar, started the first time
 * a test class needs it and killed when the execution ends. A Payara Micro boot costs ~20 s on these machines, so
 * paying it once instead of once per class is most of the suite's time. Tests isolate themselves (a fresh account,
 * a fresh key, their own client address), never by restarting the server; tests that must own a server (kill,
 * restart, TLS, outage, the server's files) start their own with {@link RunningJar}.
 */
public final class SharedServer implements BeforeAllCallback {

    private static volatile RunningJar server;
    private static volatile Map<String, String> database;
    private static volatile ScannerKeys scannerKeys;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        new TestDatabase().beforeAll(context);
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedServer.class, key -> start(), Started.class);
    }

    public static URL base() {
        return api().base();
    }

    public static Api api() {
        if (server == null) {
            throw new IllegalStateException("the shared server is not started: add @ExtendWith(SharedServer.class)");
        }
        return server.api();
    }

    /** The shared server's database settings: none on H2 (its data directory), its own database on PostgreSQL. */
    public static Map<String, String> database() {
        return database;
    }

    /** The secret scanner whose signed reports the shared server accepts (POST /api/v1/leaked-keys). */
    public static ScannerKeys scannerKeys() {
        return scannerKeys;
    }

    /** Where the shared server keeps its files ({@code GENX3D_DATA_DIR}). */
    public static Path dataDirectory() {
        return server.dataDirectory();
    }

    /** The shared server's process id. */
    public static long pid() {
        return server.pid();
    }

    /** Everything the shared server printed so far. */
    public static String log() throws IOException {
        return server.log();
    }

    private static Started start() {
        try {
            Path workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "shared-server");
            database = TestDatabase.forNewServer("shared");
            scannerKeys = ScannerKeys.createIn(workDir);
            Map<String, String> settings = new HashMap<>(database);
            settings.put(
                    "GENX3D_LEAKED_KEYS_SIGNING_KEYS_FILE",
                    scannerKeys.publishedKeys().toString());
            server = RunningJar.startLongLived(workDir, RunningJar.freePort(), settings);
            return new Started(server);
        } catch (Exception e) {
            throw new IllegalStateException("the shared server did not start", e);
        }
    }

    private record Started(RunningJar server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            server.kill();
        }
    }
}
