package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.mail.Mail;
import io.genx3d.ratelimit.SignUpLimits;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a reset link, after the request has been answered. Whether an account uses the address decides whether a
 * token is stored and a mail written, and that work must not show in how long the answer takes (it told which
 * addresses have accounts), so the request only hands the address over, and the work starts a moment later
 * ({@link #AFTER_THE_ANSWER}) so that it does not share the CPU with the end of its own request either. A request
 * lost to a crash in the moment between is lost as a mail in flight would be: the person asks again. At most one mail
 * per address each interval ({@link SignUpLimits#mayMailPasswordReset}), decided here, quietly, and only for
 * addresses that have an account (no allowance is kept for every address anyone types).
 */
@ApplicationScoped
public class PasswordResetMail {

    private static final Logger LOG = Logger.getLogger(PasswordResetMail.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    MailedTokens tokens;

    @Inject
    SignUpLimits limits;

    @Inject
    Event<Mail> mail;

    @Inject
    @ConfigProperty(name = "genx3d.password-reset.ttl", defaultValue = "PT1H")
    Duration ttl;

    /** Long enough for the answer to have left, short enough not to keep a person waiting for the mail. */
    static final Duration AFTER_THE_ANSWER = Duration.ofMillis(100);

    @Resource
    ManagedScheduledExecutorService executor;

    /** Mails a link to {@code email} if an active account uses it; returns at once. */
    void sendLater(String email, String publicUrl) {
        executor.schedule(
                () -> {
                    try {
                        send(email, publicUrl);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A reset link could not be prepared: {0}", e.toString());
                    }
                },
                AFTER_THE_ANSWER.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void send(String email, String publicUrl) {
        accounts.findByEmail(email)
                .filter(account -> !account.isSuspended())
                .filter(account -> limits.mayMailPasswordReset(email))
                .ifPresent(account -> mail.fire(new Mail(
                        account.email(),
                        "Reset your genx3D password",
                        text(
                                account,
                                publicUrl + "/reset-password?token="
                                        + tokens.issue(account.id(), Purpose.PASSWORD_RESET, ttl)))));
    }

    private String text(Account account, String link) {
        return "Hello " + account.name() + ",\n\n"
                + "Someone asked to reset the password of the genx3D account for " + account.email()
                + ". To choose a new one, open this link within " + ttl.toMinutes() + " minutes:\n\n"
                + link + "\n\n"
                + (account.passwordProven() ? "" : unprovenPasswordNotice())
                + "If it was not you, ignore this message: your password stays as it is.\n\n"
                + "-- genx3D\n";
    }

    /** Said when nobody has shown that the account's password is the mailbox holder's: what the reset ends, and why. */
    private static String unprovenPasswordNotice() {
        return "Nobody has yet shown that the password of this account was chosen by whoever reads this mailbox, so"
                + " whoever made its sessions and API keys may not be you. Setting a new password proves the address"
                + " is yours and therefore ends everything made on the account before: every session is logged out"
                + " and every API key is revoked (shown as revoked because ownership was proven). Make new keys"
                + " afterwards.\n\n";
    }
}
