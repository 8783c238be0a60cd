package io.genx3d.notices;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.AccountActivity;
import io.genx3d.accounts.Accounts;
import io.genx3d.accounts.EmailChanged;
import io.genx3d.caller.Actor;
import io.genx3d.keys.ApiKey;
import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.KeyCreated;
import io.genx3d.keys.KeyRolled;
import io.genx3d.mail.Mail;
import io.genx3d.ratelimit.NoticeMailLimits;
import io.genx3d.sessions.LoginSucceeded;
import io.genx3d.sessions.SuspendedLoginRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a security notice is due and to whom, and mails it (through {@link Mail}, so it leaves in the
 * background, once the transaction each runs in commits: a transaction of its own keeps the work off whatever the
 * request's thread left behind). Runs after the answer ({@link AfterTheAnswer}). The password notice is always sent;
 * the others only when the owner's {@link Notifications} wanted them ({@link SecurityNotices} asks), except the suspended sign-in, which is rare by nature (once an hour at most,
 * {@link NoticeMailLimits}) and is the only way a suspended owner hears that their password was used.
 */
@ApplicationScoped
public class NoticeMails {

    @Inject
    Accounts accounts;

    @Inject
    ApiKeys keys;

    @Inject
    KnownSignIns knownSignIns;

    @Inject
    NoticeMailLimits limits;

    @Inject
    NoticeTexts texts;

    @Inject
    Event<Mail> mail;

    @Transactional
    void passwordChanged(AccountActivity activity, boolean reset, RequestFacts facts) {
        accounts.find(activity.accountId())
                .ifPresent(
                        account -> send(account.email(), texts.passwordChanged(account, reset, activity.at(), facts)));
    }

    @Transactional
    void keyCreated(KeyCreated created, RequestFacts facts) {
        newKey(created.accountId(), created.keyId(), created.actor(), created.at(), Optional.empty(), facts);
    }

    @Transactional
    void keyRolled(KeyRolled rolled, RequestFacts facts) {
        Optional<ApiKey> replaced = keys.findOwned(rolled.accountId(), rolled.keyId());
        newKey(rolled.accountId(), rolled.successorId(), rolled.actor(), rolled.at(), replaced, facts);
    }

    private void newKey(
            String accountId, String keyId, Actor actor, Instant at, Optional<ApiKey> replaced, RequestFacts facts) {
        Optional<Account> owner = accounts.find(accountId);
        Optional<ApiKey> key = keys.findOwned(accountId, keyId);
        if (owner.isPresent() && key.isPresent()) {
            String by = madeBy(actor, accountId);
            send(owner.get().email(), texts.keyCreated(owner.get(), key.get(), replaced, by, at, facts));
        }
    }

    /** Every sign-in is recorded, mailed about or not, so turning the notice on later does not call old devices new. */
    @Transactional
    void signedIn(LoginSucceeded login, boolean wanted, RequestFacts facts) {
        boolean isNew = knownSignIns.recordIsNew(login.accountId(), facts.userAgent(), login.clientAddress());
        if (isNew && wanted) {
            accounts.find(login.accountId())
                    .ifPresent(account -> send(account.email(), texts.newSignIn(account, login.at(), facts)));
        }
    }

    /** Told to the address the account left: whoever reads it may be the owner whose account was taken. */
    @Transactional
    void emailChanged(EmailChanged changed, RequestFacts facts) {
        accounts.find(changed.accountId())
                .ifPresent(account -> send(changed.oldEmail(), texts.emailChanged(account, changed, facts)));
    }

    @Transactional
    void suspendedSignIn(SuspendedLoginRefused refused, RequestFacts facts) {
        if (limits.mayMailSuspendedSignIn(refused.accountId())) {
            accounts.find(refused.accountId())
                    .ifPresent(account -> send(account.email(), texts.suspendedSignIn(account, refused, facts)));
        }
    }

    /** "you, in the dashboard", "your API key "ci" (gx_live_ab12…)", or the admin or system that did it. */
    private String madeBy(Actor actor, String ownerId) {
        if (actor.isSystem()) {
            return "genx3D itself";
        }
        if (!actor.accountId().equals(ownerId)) {
            return "an administrator of this genx3D server";
        }
        if (actor.viaSession()) {
            return "a dashboard session of your account";
        }
        return keys.findOwned(ownerId, actor.keyId())
                .map(parent -> "your API key \"" + parent.name() + "\" (" + parent.prefix() + "…)")
                .orElse("one of your API keys (" + actor.keyId() + ")");
    }

    private void send(String to, NoticeTexts.Text text) {
        mail.fire(new Mail(to, text.subject(), text.body()));
    }
}
