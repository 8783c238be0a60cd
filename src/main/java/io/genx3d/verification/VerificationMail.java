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
                        + "Open it in the browser where you signed up and are logged in. Opened anywhere else, it"
                        + " also logs out every session and revokes every API key made on the account so far: the link"
                        + " proves the address, not who made them.\n\n"
                        + "If you did not create a genx3D account, do not open the link: someone else gave your address."
                        + " Ignore this message, or take the address back with \"Forgot your password?\" at "
                        + publicUrl.of(request) + "/reset-password, which ends everything made on the account.\n\n"
                        + "-- genx3D\n"));
    }
}
