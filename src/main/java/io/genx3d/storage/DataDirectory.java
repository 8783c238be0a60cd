package io.genx3d.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the embedded default keeps its state ({@code genx3d.data-dir}, {@code GENX3D_DATA_DIR}, default
 * {@code ./genx3d-data}): the H2 database files and the generated pepper. It is private to the server's user: the
 * directory is {@code rwx------} and, once start-up has created the database, every file in it {@code rw-------}
 * (the process's umask would leave H2's files readable by everyone).
 */
@ApplicationScoped
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class.getName());
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    @Inject
    @ConfigProperty(name = "genx3d.data-dir", defaultValue = "./genx3d-data")
    String configured;

    private Path path;

    @PostConstruct
    void init() {
        path = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
            restrict(path, PRIVATE_DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** After the migrations (which create H2's files) have run at start-up: every file becomes private. */
    void atStartup(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object applicationStarted) {
        try (Stream<Path> entries = Files.walk(path)) {
            for (Path entry : entries.toList()) {
                restrict(entry, Files.isDirectory(entry) ? PRIVATE_DIRECTORY : PRIVATE_FILE);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not make every file in " + path + " private: " + e);
        }
    }

    private static void restrict(Path entry, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(entry, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows and some mounted file systems: access is the file system's business there.
        }
    }
}
