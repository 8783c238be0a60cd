package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.AccountSignedUp;
import io.genx3d.mail.Mail;
import io.genx3d.network.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a new account its verification link. The token is stored in the sign-up's transaction and the mail leaves
 * only once that commits (see {@code Mailer}).
 */
@ApplicationScoped
public class VerificationMail {

    @Inject
    MailedTokens tokens;

    @Inject
    PublicUrl publicUrl;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<Mail> mail;

    @Inject
    @ConfigProperty(name = "genx3d.email-verification.ttl", defaultValue = "P2D")
    Duration ttl;

    void onSignUp(@Observes AccountSignedUp signedUp) {
        send(signedUp.account());
    }

    /** A new link for the account (earlier ones stop working). */
    public void send(Account account) {
        String token = tokens.issue(account.id(), Purpose.EMAIL_VERIFICATION, ttl);
        String link = publicUrl.of(request) + "/verify-email?token=" + token;
        mail.fire(new Mail(
                account.email(),
                "Verify your email address for genx3D",
                "Hello " + account.name() + ",\n\n"
                        + "Please confirm that " + account.email() + " is your address by opening this link within "
                        + ttl.toHours() + " hours:\n\n"
                        + link + "\n\n"
                        + "If you did not create a genx3D account, you can ignore this message.\n\n"
                        + "-- genx3D\n"));
    }
}
