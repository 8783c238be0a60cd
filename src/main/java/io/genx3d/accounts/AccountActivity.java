package io.genx3d.accounts;

import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: something happened to account {@code accountId}'s credentials or sessions. Fired inside the change's
 * transaction where there is one (the address verified, the name or the password changed, the password reset), so what records it commits
 * with it.
 */
public record AccountActivity(String accountId, Kind kind, Instant at) implements Serializable {

    public enum Kind {
        EMAIL_VERIFIED,
        NAME_CHANGED,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        LOGGED_OUT,
        LOGGED_OUT_EVERYWHERE
    }
}
