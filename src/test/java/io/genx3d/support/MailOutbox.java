package io.genx3d.support;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The mail a server wrote to its outbox ({@code <data dir>/outbox/*.eml}, with no SMTP server configured), read
 * with Jakarta Mail as any mail client would. Mail leaves in the background, so readers wait for it a little.
 */
public final class MailOutbox {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/([a-z-]+)\\?token=([A-Za-z0-9]+))");

    private final Path directory;

    public MailOutbox(Path dataDirectory) {
        this.directory = dataDirectory.resolve("outbox");
    }

    public static MailOutbox shared() {
        return new MailOutbox(SharedServer.dataDirectory());
    }

    public Path directory() {
        return directory;
    }

    /** The newest message to {@code recipient}, waiting up to 10 s for it. */
    public MimeMessage latestTo(String recipient) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Optional<MimeMessage> found = messagesTo(recipient).stream().reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail to " + recipient + " in " + directory);
            }
            pause();
        }
    }

    /**
     * The newest message to {@code recipient} whose subject contains {@code subjectPart}, waiting up to 10 s for it:
     * mail leaves in the background, so a mail sent earlier to the same address may be the newest for a while.
     */
    public MimeMessage latestTo(String recipient, String subjectPart) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Optional<MimeMessage> found = messagesTo(recipient).stream()
                    .filter(message -> subjectOf(message).contains(subjectPart))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail about \"" + subjectPart + "\" to " + recipient + " in " + directory);
            }
            pause();
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message to {@code recipient}, oldest first. */
    public List<MimeMessage> messagesTo(String recipient) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Path::getFileName))
                    .map(MailOutbox::read)
                    .filter(message -> isTo(message, recipient))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token of the newest {@code /<page>?token=…} link mailed to {@code recipient}. */
    public String tokenFor(String recipient, String page) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<MimeMessage> messages = messagesTo(recipient);
            for (int i = messages.size() - 1; i >= 0; i--) {
                Matcher link = LINK.matcher(text(messages.get(i)));
                while (link.find()) {
                    if (link.group(2).equals(page)) {
                        return link.group(3);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no /" + page + " link mailed to " + recipient + " in " + directory);
            }
            pause();
        }
    }

    public static Matcher linkIn(MimeMessage message, String page) {
        Matcher link = LINK.matcher(text(message));
        while (link.find()) {
            if (link.group(2).equals(page)) {
                return link;
            }
        }
        throw new AssertionError("no /" + page + " link in: " + text(message));
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0])
                            .getAddress()
                            .equalsIgnoreCase(recipient);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
