package io.genx3d.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretTest {

    private static final ServerSecret.Names NAMES =
            new ServerSecret.Names("genx3d.test.secret", "genx3d.test.version", "genx3d.test.previous", "test-secret");
    private static final String SET = "s".repeat(32);

    @TempDir
    Path dataDirectory;

    @Test
    void withoutASettingItIsGeneratedOnceIntoAPrivateFileAndKept() throws Exception {
        ServerSecret first = ServerSecret.resolve(dataDirectory, NAMES, Optional.empty(), 1, Optional.empty());
        Path file = dataDirectory.resolve("test-secret");
        assertTrue(first.generatedNow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(first.bytes().length >= ServerSecret.MIN_LENGTH);

        ServerSecret again = ServerSecret.resolve(dataDirectory, NAMES, Optional.of(" "), 1, Optional.empty());
        assertFalse(again.generatedNow(), "a blank setting is no setting; the file is kept");
        assertArrayEquals(first.bytes(), again.bytes());
    }

    @Test
    void aSettingWinsAndNoFileIsWritten() {
        ServerSecret set = ServerSecret.resolve(dataDirectory, NAMES, Optional.of(SET), 1, Optional.empty());
        assertArrayEquals(SET.getBytes(StandardCharsets.UTF_8), set.bytes());
        assertFalse(set.generatedNow());
        assertFalse(Files.exists(dataDirectory.resolve("test-secret")));
    }

    @Test
    void aRotationNamesThePreviousSecretAsVersionMinusOne() {
        String previous = "p".repeat(32);
        ServerSecret rotating = ServerSecret.resolve(dataDirectory, NAMES, Optional.of(SET), 2, Optional.of(previous));
        assertEquals(2, rotating.version());
        assertArrayEquals(
                previous.getBytes(StandardCharsets.UTF_8), rotating.previous().orElseThrow());
    }

    @Test
    void shortSecretsAndImpossibleVersionsAreRefusedNamingTheSetting() {
        IllegalStateException shortOne = assertThrows(
                IllegalStateException.class,
                () -> ServerSecret.resolve(dataDirectory, NAMES, Optional.of("short"), 1, Optional.empty()));
        assertTrue(shortOne.getMessage().startsWith("genx3d.test.secret must be at least 32"), shortOne.getMessage());
        IllegalStateException shortPrevious = assertThrows(
                IllegalStateException.class,
                () -> ServerSecret.resolve(dataDirectory, NAMES, Optional.of(SET), 2, Optional.of("short")));
        assertTrue(shortPrevious.getMessage().startsWith("genx3d.test.previous"), shortPrevious.getMessage());
        IllegalStateException version = assertThrows(
                IllegalStateException.class,
                () -> ServerSecret.resolve(dataDirectory, NAMES, Optional.of(SET), 1, Optional.of("p".repeat(32))));
        assertTrue(version.getMessage().startsWith("genx3d.test.version"), version.getMessage());
        assertFalse(version.getMessage().contains(SET), "never the secret itself");
    }
}
