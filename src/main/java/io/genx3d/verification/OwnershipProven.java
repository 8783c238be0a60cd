package io.genx3d.verification;

import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: the owner of account {@code accountId}'s address proved it (by a {@code proof}: a reset link, or a
 * verification link opened without the account's session) after sessions or keys had been made by someone not shown to
 * hold it, and so those were ended: {@code sessionsEnded} sessions and {@code keysRevoked} keys (each also with its own
 * revocation event). Fired inside the proof's transaction.
 */
public record OwnershipProven(String accountId, Proof proof, int sessionsEnded, int keysRevoked, Instant at)
        implements Serializable {

    /** How the address was proven. */
    public enum Proof {
        RESET_LINK("reset_link"),
        VERIFICATION_LINK("verification_link");

        private final String value;

        Proof(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }
}
