package io.genx3d.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends mail in the background, so a request never waits on (or reveals, by its timing) an SMTP conversation.
 * Log lines name the subject and where the message went, never the recipient or the text, which holds a secret link.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    SmtpSettings smtp;

    @Inject
    Outbox outbox;

    @Resource
    ManagedExecutorService executor;

    /**
     * Mail fired as an event leaves once the transaction that wanted it commits (at once outside one): a sign-up
     * that rolls back sends nothing, and a token is stored before its link is mailed.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        sendLater(mail);
    }

    public void sendLater(Mail mail) {
        executor.execute(() -> send(mail));
    }

    void send(Mail mail) {
        try {
            if (smtp.configured()) {
                Session session = smtp.session();
                Transport.send(message(session, mail));
                LOG.info(() -> "Mail \"" + mail.subject() + "\" sent through " + session.getProperty("mail.smtp.host"));
            } else {
                Path file = outbox.write(message(Session.getInstance(new Properties()), mail));
                LOG.info(() -> "Mail \"" + mail.subject() + "\" written to " + file
                        + " (no SMTP server configured: GENX3D_SMTP_HOST)");
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warning(() -> "Mail \"" + mail.subject() + "\" could not be sent: " + why(e));
        }
    }

    /**
     * What went wrong, fit for the log: an {@link AddressException} quotes the address it refused (the recipient), and
     * no message may carry a control character (a line break or an ESC) into the log.
     */
    static String why(Exception e) {
        if (e instanceof AddressException) {
            return e.getClass().getSimpleName() + " (the recipient's address is not one the mail library accepts)";
        }
        return e.toString()
                .codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private MimeMessage message(Session session, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }
}
