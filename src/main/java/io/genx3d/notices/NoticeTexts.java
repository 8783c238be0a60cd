package io.genx3d.notices;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.EmailChanged;
import io.genx3d.keys.ApiKey;
import io.genx3d.sessions.SuspendedLoginRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each security notice says: what happened, when, from where, and what to do if it was not you, with links to
 * the dashboard's own pages ({@code /reset-password}, {@code /settings/api-keys}, {@code /settings/account},
 * {@code /settings/security-log}). Plain text; nothing in it comes from a request unchecked but the user agent, quoted
 * without control characters ({@link RequestFacts#quotable}).
 */
@ApplicationScoped
public class NoticeTexts {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Who people are told to contact when their account is suspended or taken; unset: "the administrators". */
    @Inject
    @ConfigProperty(name = "genx3d.support-contact")
    Optional<String> supportContact;

    record Text(String subject, String body) {}

    Text passwordChanged(Account account, boolean reset, Instant at, RequestFacts facts) {
        String how = reset ? "was reset with a link mailed to this address" : "was changed in the dashboard";
        return new Text(
                "Your genx3D password was changed",
                hello(account) + "The password of your genx3D account (" + account.email() + ") " + how + " on "
                        + WHEN.format(at) + from(facts) + ".\n\n"
                        + "If this was you, there is nothing to do.\n\n"
                        + "If it was not you, someone else has your account: choose a new password now at "
                        + facts.linkBase() + "/reset-password (\"Forgot your password?\"), which logs out every"
                        + " session, then check your API keys at " + facts.linkBase() + "/settings/api-keys and "
                        + contact() + ".\n\n"
                        + "This notice cannot be turned off.\n\n" + SIGNATURE);
    }

    Text keyCreated(Account account, ApiKey key, Optional<ApiKey> replaced, String by, Instant at, RequestFacts facts) {
        return new Text(
                "A new API key was created on your genx3D account",
                hello(account) + "A new API key, \"" + key.name() + "\" (" + key.prefix() + "…, id " + key.id()
                        + "), was created on your genx3D account on " + WHEN.format(at) + " by " + by + from(facts)
                        + replaced.map(NoticeTexts::rollOf).orElse("")
                        + ".\n\n"
                        + "If this was you, there is nothing to do.\n\n"
                        + "If it was not you, revoke the key at once at " + facts.linkBase() + "/settings/api-keys,"
                        + " then choose a new password at " + facts.linkBase() + "/reset-password, and revoke the key"
                        + " that made it too if it was made by one.\n\n"
                        + optOut(facts) + SIGNATURE);
    }

    Text newSignIn(Account account, Instant at, RequestFacts facts) {
        return new Text(
                "New sign-in to your genx3D account",
                hello(account) + "Your genx3D account (" + account.email() + ") was signed in to from a new device on "
                        + WHEN.format(at) + ":\n\n"
                        + "  Address: "
                        + Optional.ofNullable(facts.clientAddress()).orElse("unknown") + "\n"
                        + "  Browser: " + RequestFacts.quotable(facts.userAgent()) + "\n\n"
                        + "If this was you, there is nothing to do.\n\n"
                        + "If it was not you, someone knows your password: choose a new one at " + facts.linkBase()
                        + "/reset-password, which logs out every session, and look at what was done in the security"
                        + " log at " + facts.linkBase() + "/settings/security-log.\n\n"
                        + optOut(facts) + SIGNATURE);
    }

    Text emailChanged(Account account, EmailChanged changed, RequestFacts facts) {
        return new Text(
                "The email address of your genx3D account was changed",
                hello(account) + "The email address of your genx3D account was changed from " + changed.oldEmail()
                        + " to " + masked(changed.newEmail()) + " on " + WHEN.format(changed.at())
                        + ". Mail about the account, and password reset links, now go to the new address only.\n\n"
                        + "If this was you, there is nothing to do.\n\n"
                        + "If it was not you, someone who knew your password has moved the account to an address they"
                        + " read, and a reset link can no longer reach you: " + contact() + " at once, from this"
                        + " address.\n\n"
                        + optOut(facts) + SIGNATURE);
    }

    Text suspendedSignIn(Account account, SuspendedLoginRefused refused, RequestFacts facts) {
        return new Text(
                "A sign-in to your suspended genx3D account was refused",
                hello(account) + "Someone signed in to your genx3D account (" + account.email() + ") with its"
                        + " password on " + WHEN.format(refused.at())
                        + Optional.ofNullable(refused.clientAddress())
                                .map(address -> " from " + address)
                                .orElse("")
                        + ". The sign-in was refused because your account is suspended; the login page said only"
                        + " that the email or password was wrong.\n\n"
                        + "If this was you: " + contact() + " to learn why the account is suspended and what would"
                        + " make it active again.\n\n"
                        + "If it was not you, someone knows your password: " + contact() + ", and choose a new"
                        + " password at " + facts.linkBase() + "/reset-password once the account is active again.\n\n"
                        + "You get this mail at most once an hour.\n\n" + SIGNATURE);
    }

    /** A rolled key's successor says what it replaces, and until when the old one still works. */
    private static String rollOf(ApiKey old) {
        return ", by rolling the key \"" + old.name() + "\" (" + old.prefix() + "…)"
                + (old.expiresAt() == null ? "" : ", which works until " + WHEN.format(old.expiresAt()));
    }

    /** "n…@e…": enough for the owner to recognise an address of theirs, not enough to give a stranger's away. */
    static String masked(String email) {
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return "…";
        }
        return email.charAt(0) + "…@" + email.charAt(at + 1) + "…";
    }

    private static final String SIGNATURE = "-- genx3D\n";

    private static String hello(Account account) {
        return "Hello " + account.name() + ",\n\n";
    }

    private static String from(RequestFacts facts) {
        return facts.clientAddress() == null ? "" : " from the address " + facts.clientAddress();
    }

    private String contact() {
        return supportContact
                .filter(contact -> !contact.isBlank())
                .map(contact -> "contact support (" + contact.strip() + ")")
                .orElse("contact the administrators of this genx3D server");
    }

    private static String optOut(RequestFacts facts) {
        return "You can turn this notice off in Settings → Account: " + facts.linkBase() + "/settings/account\n\n";
    }
}
