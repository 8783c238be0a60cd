package io.genx3d.caller;

import java.io.Serializable;

/**
 * Who did something, as domain events record it: the acting account and, when the action came through an API key,
 * that key's id (null: through a dashboard session); {@link #SYSTEM} when no account acted. Never a secret.
 */
public record Actor(String accountId, String keyId) implements Serializable {

    /** The server itself (a scheduled job, a leak report, a cascade): no account acted. */
    public static final Actor SYSTEM = new Actor(null, null);

    public static Actor of(AuthenticatedCaller caller) {
        return new Actor(caller.accountId(), caller.keyId());
    }

    public boolean viaSession() {
        return keyId == null && accountId != null;
    }

    public boolean isSystem() {
        return accountId == null;
    }
}
