package io.genx3d.mail;

import io.genx3d.storage.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;

/**
 * Where mail goes when no SMTP server is configured: one RFC 822 {@code .eml} file per message in
 * {@code <data dir>/outbox/}, private to the server's user (it holds links that verify addresses and reset
 * passwords). Any mail client opens them.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    DataDirectory dataDirectory;

    public Path directory() {
        return dataDirectory.path().resolve("outbox");
    }

    Path write(MimeMessage message) throws IOException, MessagingException {
        Path directory = directory();
        Files.createDirectories(directory);
        // Sortable by time, unique across threads and nodes sharing a directory.
        Path file = directory.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            message.writeTo(out);
        }
        return file;
    }
}
