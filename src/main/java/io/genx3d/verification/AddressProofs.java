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
 * address, so until its owner proves it, the sessions and keys of an account may be a stranger's, waiting for the owner
 * to verify (an address on the admin list then becomes admin) or to reset the password and use the account. So when
 * the proof comes from someone not shown to be whoever made them, they end:
 * <ul>
 *   <li>a <b>verification link</b> opened in a session of the same account (the browser where its owner signed up) is
 *       a person verifying their own new account: nothing ends, and the password counts as the mailbox holder's.
 *       Opened anywhere else, on an address not verified yet, it ends every session and key made before;
 *   <li>a <b>reset link</b> ends every session, as every reset does, and every key when the password it replaces was
 *       not shown to be the mailbox holder's (the account's {@code password_proven}): a stranger who signed up with
 *       the address, or who logged in again after the owner opened the verification link, loses what they made.
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
        if (inTheAccountsOwnSession) {
            accounts.provePassword(accountId);
        } else if (!account.emailVerified()) {
            ended = endWhatWasMadeBefore(accountId, OwnershipProven.Proof.VERIFICATION_LINK);
        }
        return new Proven(accounts.markEmailVerified(accountId), ended);
    }

    /** Sets the new password (which verifies the address) and ends every session, and every key when due (above). */
    @Transactional
    public Proven byResetLink(String accountId, String newPassword) {
        Account account = existing(accountId);
        Ended ended = account.passwordProven()
                ? Ended.NOTHING
                : endWhatWasMadeBefore(accountId, OwnershipProven.Proof.RESET_LINK);
        Account reset = accounts.resetPassword(accountId, newPassword);
        sessions.closeAllOf(accountId, null);
        return new Proven(reset, ended);
    }

    private Ended endWhatWasMadeBefore(String accountId, OwnershipProven.Proof proof) {
        int sessionsEnded = sessions.closeAllOf(accountId, null);
        int keysRevoked = keys.revokeAllOf(Actor.SYSTEM, accountId, RevocationReason.OWNERSHIP_PROVEN);
        if (sessionsEnded == 0 && keysRevoked == 0) {
            return Ended.NOTHING;
        }
        proven.fire(new OwnershipProven(accountId, proof, sessionsEnded, keysRevoked, Instant.now()));
        return new Ended(sessionsEnded, keysRevoked);
    }

    private Account existing(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> ApiException.notFound("Account"));
    }

    /** The account after the proof, and what the proof ended. */
    public record Proven(Account account, Ended ended) {}

    /** What a proof ended: sessions and keys made before it. */
    public record Ended(int sessions, int keys) {

        static final Ended NOTHING = new Ended(0, 0);

        public boolean anything() {
            return sessions > 0 || keys > 0;
        }
    }
}
