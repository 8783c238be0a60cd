package io.genx3d.caller;

import java.io.Serializable;

/**
 * Who did something, as domain events record it: the acting account and, when the action came through an API key,
 * that key's id (null: through a dashboard session). Never a secret.
 */
public record Actor(String accountId, String keyId) implements Serializable {

    public static Actor of(AuthenticatedCaller caller) {
        return new Actor(caller.accountId(), caller.keyId());
    }

    public boolean viaSession() {
        return keyId == null;
    }
}
