package io.genx3d.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

/** Finding 14: a mail that cannot be sent is logged without its recipient and without control characters. */
class MailerTest {

    @Test
    void finding14_aRefusedAddressIsNotQuotedInTheLog() {
        AddressException refused = org.junit.jupiter.api.Assertions.assertThrows(
                AddressException.class, () -> new InternetAddress("esc\u001b[31mred@example.com", true));
        assertTrue(refused.toString().contains("\u001b"), "the library quotes the address");
        String logged = Mailer.why(refused);
        assertFalse(logged.contains("esc") || logged.contains("\u001b"), logged);
    }

    @Test
    void otherFailuresKeepTheirMessageWithoutControlCharacters() {
        String logged = Mailer.why(new MessagingException("421 closing\r\nInjected: line\u001b[0m"));
        assertTrue(logged.contains("421 closing"), logged);
        assertFalse(logged.contains("\r") || logged.contains("\n") || logged.contains("\u001b"), logged);
    }
}
