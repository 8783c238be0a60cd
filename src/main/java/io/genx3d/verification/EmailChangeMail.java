package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the address a person wants to move their account to a link that makes the move: the account keeps its address
 * until the link is opened, which proves the new mailbox is theirs. Only the newest link works.
 */
@ApplicationScoped
public class EmailChangeMail {

    @Inject
    MailedTokens tokens;

    @Inject
    Event<Mail> mail;

    @Inject
    @ConfigProperty(name = "genx3d.email-change.ttl", defaultValue = "P1D")
    Duration ttl;

    /** Stores a new link for {@code newEmail} (earlier ones stop working) and mails it there. */
    void send(Account account, String newEmail, String publicUrl) {
        String token = tokens.issueEmailChange(account.id(), newEmail, ttl);
        mail.fire(new Mail(
                newEmail,
                "Confirm your new email address for genx3D",
                "Hello " + account.name() + ",\n\n"
                        + "You asked to change the email address of your genx3D account from " + account.email()
                        + " to " + newEmail + ". To confirm that this address is yours, open this link within "
                        + ttl.toHours() + " hours:\n\n"
                        + publicUrl + "/confirm-email?token=" + token + "\n\n"
                        + "Until then the account keeps its old address. The link works once.\n\n"
                        + "If you did not ask for this, ignore this message: nothing changes.\n\n"
                        + "-- genx3D\n"));
    }
}
