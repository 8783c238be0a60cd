package io.genx3d.storage;

import io.genx3d.tokens.RandomTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A secret of the server's that the database must never hold — the key pepper, the audit chain key — resolved the
 * one way both are: its setting when set; otherwise (the embedded default) a random value generated on first start
 * into a file of the data directory readable by the server's user only, and read from there on every later start.
 * Each has a version and, during a rotation, the previous secret (version - 1). One class, so the two secrets' files,
 * checks and rotation rules cannot drift apart.
 */
public final class ServerSecret {

    /** Shorter secrets are refused: a guessable pepper or chain key protects nothing. */
    public static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(ServerSecret.class.getName());

    private final byte[] current;
    private final int version;
    private final byte[] previous;
    private final boolean generatedNow;

    private ServerSecret(byte[] current, int version, byte[] previous, boolean generatedNow) {
        this.current = current;
        this.version = version;
        this.previous = previous;
        this.generatedNow = generatedNow;
    }

    /** The settings of one secret, and the file in the data directory its generated value is kept in. */
    public record Names(String setting, String versionSetting, String previousSetting, String fileName) {}

    /**
     * The secret named by {@code names}: {@code configured} unless blank, else the data directory's file (created if
     * missing); {@code previous} (blank: none) is version {@code version - 1}.
     */
    public static ServerSecret resolve(
            Path dataDirectory, Names names, Optional<String> configured, int version, Optional<String> previous) {
        Optional<String> set = configured.filter(value -> !value.isBlank());
        Path file = dataDirectory.resolve(names.fileName());
        boolean generatedNow = set.isEmpty() && createIfMissing(file);
        byte[] current = checked(names.setting(), set.orElseGet(() -> read(file)));
        byte[] before = previous.filter(value -> !value.isBlank())
                .map(value -> checked(names.previousSetting(), value))
                .orElse(null);
        if (version < 1 || before != null && version < 2) {
            throw new IllegalStateException(names.versionSetting() + " must be 1 or more, and 2 or more with "
                    + names.previousSetting() + " (the previous one is version - 1)");
        }
        return new ServerSecret(current, version, before, generatedNow);
    }

    public byte[] bytes() {
        return current.clone();
    }

    public int version() {
        return version;
    }

    /** The secret of version {@code version() - 1}, during a rotation. */
    public Optional<byte[]> previous() {
        return Optional.ofNullable(previous).map(byte[]::clone);
    }

    /** True when this start generated the secret into the data directory (it did not exist before). */
    public boolean generatedNow() {
        return generatedNow;
    }

    private static byte[] checked(String setting, String text) {
        if (text.length() < MIN_LENGTH) {
            throw new IllegalStateException(setting + " must be at least " + MIN_LENGTH + " characters");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the secret file " + file, e);
        }
    }

    /** Creates {@code file} with a new random secret unless it exists; true when this call created it. */
    private static boolean createIfMissing(Path file) {
        if (Files.exists(file)) {
            return false;
        }
        byte[] secret = Base64.getEncoder().encode(RandomTokens.bytes(32));
        try (SeekableByteChannel out = createPrivate(file)) {
            out.write(ByteBuffer.wrap(secret));
        } catch (FileAlreadyExistsException anotherNodeWonTheRace) {
            // Another instance sharing the directory wrote it first; reading it is what we want.
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the secret file " + file, e);
        }
        LOG.info("Generated a new secret in " + file);
        return true;
    }

    /** A new file that is {@code rw-------} from its first byte (the umask would leave it readable for a moment). */
    private static SeekableByteChannel createPrivate(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return Files.newByteChannel(
                    file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warning("Could not restrict permissions of " + file + " on this file system");
            return Files.newByteChannel(file, options);
        }
    }
}
