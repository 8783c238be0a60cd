package io.genx3d.verification;

import io.genx3d.accounts.Account;
import io.genx3d.accounts.Accounts;
import io.genx3d.caller.Actor;
import io.genx3d.errors.ApiException;
import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.RevocationReason;
import io.genx3d.sessions.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * What proving an address by a mailed link does to what was made on the account before. Anyone can sign up with any
 * address, so until its owner proves it, the sessions and keys of an unverified account may be a stranger's, waiting
 * for the owner to verify (an address on the admin list then becomes admin) or to reset the password and use the
 * account. So when the proof comes from someone not shown to be the account's user, everything made before it ends:
 * <ul>
 *   <li>a <b>reset link</b> on an unverified account revokes every key ({@code ownership_proven}) besides ending every
 *       session, as every reset does; a verified account keeps its keys, as its keys were made by its proven owner;
 *   <li>a <b>verification link</b> opened in the browser of a session of the same account is a person verifying their
 *       own new account: nothing ends. Opened anywhere else, it ends every session and key made before, and the
 *       password too (whoever chose it made them), so the account is used again only after a reset.
 * </ul>
 */
@ApplicationScoped
public class AddressProofs {

    @Inject
    Accounts accounts;

    @Inject
    ApiKeys keys;

    @Inject
    Sessions sessions;

    @Inject
    Event<OwnershipProven> proven;

    /** Verifies the address; {@code inTheAccountsOwnSession}: the request carried a live session of this account. */
    @Transactional
    public Proven byVerificationLink(String accountId, boolean inTheAccountsOwnSession) {
        Account account = existing(accountId);
        Ended ended = Ended.NOTHING;
        if (!account.emailVerified() && !inTheAccountsOwnSession) {
            ended = endWhatWasMadeBefore(accountId, OwnershipProven.Proof.VERIFICATION_LINK, true);
        }
        return new Proven(accounts.markEmailVerified(accountId), ended);
    }

    /** Sets the new password (which verifies the address) and ends every session, and on an unverified account every key. */
    @Transactional
    public Proven byResetLink(String accountId, String newPassword) {
        Account account = existing(accountId);
        Ended ended = account.emailVerified()
                ? Ended.NOTHING
                : endWhatWasMadeBefore(accountId, OwnershipProven.Proof.RESET_LINK, false);
        Account reset = accounts.resetPassword(accountId, newPassword);
        sessions.closeAllOf(accountId, null);
        return new Proven(reset, ended);
    }

    private Ended endWhatWasMadeBefore(String accountId, OwnershipProven.Proof proof, boolean forgetPassword) {
        int sessionsEnded = sessions.closeAllOf(accountId, null);
        int keysRevoked = keys.revokeAllOf(Actor.SYSTEM, accountId, RevocationReason.OWNERSHIP_PROVEN);
        if (sessionsEnded == 0 && keysRevoked == 0) {
            return Ended.NOTHING;
        }
        boolean passwordForgotten = forgetPassword;
        if (passwordForgotten) {
            accounts.forgetPassword(accountId);
        }
        proven.fire(
                new OwnershipProven(accountId, proof, sessionsEnded, keysRevoked, passwordForgotten, Instant.now()));
        return new Ended(sessionsEnded, keysRevoked, passwordForgotten);
    }

    private Account existing(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> ApiException.notFound("Account"));
    }

    /** The account after the proof, and what the proof ended. */
    public record Proven(Account account, Ended ended) {}

    /** What a proof ended: sessions, keys, and whether the password must be chosen again through a reset link. */
    public record Ended(int sessions, int keys, boolean passwordResetRequired) {

        static final Ended NOTHING = new Ended(0, 0, false);

        public boolean anything() {
            return sessions > 0 || keys > 0;
        }
    }
}
