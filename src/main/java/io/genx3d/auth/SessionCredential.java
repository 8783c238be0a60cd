package io.genx3d.auth;

import jakarta.security.enterprise.credential.Credential;

/**
 * A dashboard session cookie, with the {@code X-CSRF-Token} header sent alongside it and whether the request
 * changes state (only those need the CSRF token).
 */
public final class SessionCredential implements Credential {

    private final String token;
    private final String csrfToken;
    private final boolean changesState;

    public SessionCredential(String token, String csrfToken, boolean changesState) {
        this.token = token;
        this.csrfToken = csrfToken;
        this.changesState = changesState;
    }

    public String token() {
        return token;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public boolean changesState() {
        return changesState;
    }
}
