package io.genx3d.notices;

import io.genx3d.accounts.AccountActivity;
import io.genx3d.accounts.EmailChanged;
import io.genx3d.keys.KeyCreated;
import io.genx3d.keys.KeyRolled;
import io.genx3d.network.ClientAddresses;
import io.genx3d.network.PublicUrl;
import io.genx3d.sessions.LoginSucceeded;
import io.genx3d.sessions.SuspendedLoginRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns the domain's events into security notices. Each observer reads, on the request's thread and once the change
 * has committed (a rolled-back change is told to nobody), what the mail says about the request and whether the owner
 * wants it (the choice in force when it happened counts, not one made a moment later: one read by primary key), then
 * hands the rest to {@link AfterTheAnswer}: {@link NoticeMails} reads the account and key, and writes the mail.
 */
@ApplicationScoped
public class SecurityNotices {

    @Inject
    AfterTheAnswer later;

    @Inject
    NoticeMails mails;

    @Inject
    NoticeSettings settings;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PublicUrl publicUrl;

    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountActivity activity) {
        boolean reset = activity.kind() == AccountActivity.Kind.PASSWORD_RESET;
        if (reset || activity.kind() == AccountActivity.Kind.PASSWORD_CHANGED) {
            RequestFacts facts = facts();
            later.run("password changed", () -> mails.passwordChanged(activity, reset, facts));
        }
    }

    /** A project key is the organization's, not a key on the maker's account: its log records it instead. */
    void keyCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyCreated created) {
        if (created.projectId() == null && settings.of(created.accountId()).keyCreated()) {
            RequestFacts facts = facts();
            later.run("key created", () -> mails.keyCreated(created, facts));
        }
    }

    /** A roll makes a new secret as a creation does: told under the same choice. */
    void keyRolled(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRolled rolled) {
        if (settings.of(rolled.accountId()).keyCreated()) {
            RequestFacts facts = facts();
            later.run("key rolled", () -> mails.keyRolled(rolled, facts));
        }
    }

    /** Not in a transaction: the session is stored by then. The device is recorded whether or not a mail is wanted. */
    void signedIn(@Observes LoginSucceeded login) {
        boolean wanted = settings.of(login.accountId()).newSignIn();
        RequestFacts facts = facts();
        later.run("new sign-in", () -> mails.signedIn(login, wanted, facts));
    }

    void emailChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailChanged changed) {
        if (settings.of(changed.accountId()).emailChanged()) {
            RequestFacts facts = facts();
            later.run("email changed", () -> mails.emailChanged(changed, facts));
        }
    }

    /** Fired just before the login's refusal is thrown; the mail is decided and written after it has been answered. */
    void suspendedSignIn(@Observes SuspendedLoginRefused refused) {
        RequestFacts facts = facts();
        later.run("suspended sign-in", () -> mails.suspendedSignIn(refused, facts));
    }

    private RequestFacts facts() {
        try {
            return new RequestFacts(
                    clientAddresses.of(request), request.getHeader("User-Agent"), publicUrl.of(request));
        } catch (ContextNotActiveException noRequest) {
            return new RequestFacts(null, null, publicUrl.withoutRequest());
        }
    }
}
