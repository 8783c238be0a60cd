package io.genx3d.keys;

import io.genx3d.storage.DataDirectory;
import io.genx3d.tokens.RandomTokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server secret that keys and session tokens are hashed under ({@code genx3d.keys.pepper}). Production
 * sets it from a secret store; the embedded default creates one on first start and keeps it, readable by the
 * owner only, in the data directory, so that keys stay valid across restarts without any setup.
 * <p>
 * It can be rotated without invalidating keys: the new pepper gets the next {@code genx3d.keys.pepper-version}
 * and the old one moves to {@code genx3d.keys.previous-pepper}; keys still hashed under the old one are re-hashed
 * on their next use (see docs/operations.md).
 */
@ApplicationScoped
public class Pepper {

    private static final Logger LOG = Logger.getLogger(Pepper.class.getName());
    static final int MIN_LENGTH = 32;
    private static final String FILE_NAME = "pepper";

    @Inject
    @ConfigProperty(name = "genx3d.keys.pepper")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "genx3d.keys.pepper-version", defaultValue = "1")
    int version;

    @Inject
    @ConfigProperty(name = "genx3d.keys.previous-pepper")
    Optional<String> previousSetting;

    @Inject
    DataDirectory dataDirectory;

    private byte[] bytes;
    private byte[] previous;

    @PostConstruct
    void init() {
        bytes = checked(
                "genx3d.keys.pepper",
                configured.filter(value -> !value.isBlank()).orElseGet(this::fromDataDirectory));
        previous = previousSetting
                .filter(value -> !value.isBlank())
                .map(value -> checked("genx3d.keys.previous-pepper", value))
                .orElse(null);
        if (version < 1 || previous != null && version < 2) {
            throw new IllegalStateException("genx3d.keys.pepper-version must be 1 or more, and 2 or more with a "
                    + "previous pepper (the previous one is version - 1)");
        }
    }

    private static byte[] checked(String setting, String text) {
        if (text.length() < MIN_LENGTH) {
            throw new IllegalStateException(setting + " must be at least " + MIN_LENGTH + " characters");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    int version() {
        return version;
    }

    /** The pepper of version {@code version() - 1}, during a rotation. */
    Optional<byte[]> previous() {
        return Optional.ofNullable(previous).map(byte[]::clone);
    }

    private String fromDataDirectory() {
        Path file = dataDirectory.path().resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the pepper file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        String secret = Base64.getEncoder().encodeToString(RandomTokens.bytes(32));
        try {
            Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("Could not restrict permissions of " + file + " on this file system");
            }
            LOG.info("Generated a new key pepper in " + file);
        } catch (FileAlreadyExistsException anotherNodeWonTheRace) {
            // Another instance sharing the directory wrote it first; reading it below is what we want.
        }
    }
}
