package io.genx3d.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.genx3d.support.Api;
import io.genx3d.support.MailOutbox;
import io.genx3d.support.Reply;
import io.genx3d.support.RunningJar;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 2: with an SMTP server configured, mail goes through Jakarta Mail to it, with the configured
 * sender, credentials and public URL; nothing is written to the outbox. The SMTP server is GreenMail, running in
 * this test on loopback and requiring a login.
 */
class MailIT {

    private static GreenMail smtp;
    private static RunningJar server;
    private static Path workDir;

    @BeforeAll
    static void startAnSmtpServerAndAServerThatUsesIt() throws Exception {
        int smtpPort = RunningJar.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("mailer@genx3d.test", "mailer", "smtp secret");
        smtp.getManagers().getSmtpManager().getUserManager().setAuthRequired(true);
        smtp.start();
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "mail-it");
        server = RunningJar.start(
                workDir,
                RunningJar.freePort(),
                Map.of(
                        "GENX3D_SMTP_HOST", "127.0.0.1",
                        "GENX3D_SMTP_PORT", String.valueOf(smtpPort),
                        "GENX3D_SMTP_USER", "mailer",
                        "GENX3D_SMTP_PASSWORD", "smtp secret",
                        "GENX3D_SMTP_TLS", "none",
                        "GENX3D_MAIL_FROM", "genx3D accounts <accounts@genx3d.test>",
                        "GENX3D_PUBLIC_URL", "https://genx3d.example.test/"));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theVerificationMailGoesThroughTheSmtpServerWithThePublicUrl() throws Exception {
        Api api = server.api();
        String email = Api.uniqueEmail("smtp");
        api.signUp(email);
        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no mail reached the SMTP server");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals(email, ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals("accounts@genx3d.test", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("Verify your email address for genx3D", mail.getSubject());
        Matcher link = MailOutbox.linkIn(mail, "verify-email");
        assertTrue(link.group(1).startsWith("https://genx3d.example.test/verify-email?token="), link.group(1));

        Reply verified = api.post("/api/v1/email-verifications", "{\"token\":\"" + link.group(3) + "\"}");
        assertEquals(200, verified.status(), verified.body());
        assertTrue(verified.json().getBoolean("email_verified"));
        assertFalse(Files.exists(server.dataDirectory().resolve("outbox")), "nothing goes to the outbox");
        assertTrue(server.log().contains("sent through 127.0.0.1"));
        assertFalse(server.log().contains("GENX3D_PUBLIC_URL) is not set"), "its public URL is set: no warning");
        assertFalse(server.log().contains(link.group(3)), "the log never holds a mailed token");
    }
}
