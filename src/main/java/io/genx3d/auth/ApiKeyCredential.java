package io.genx3d.auth;

import jakarta.security.enterprise.credential.Credential;

/** The token from an {@code Authorization: Bearer} header, as presented. */
public final class ApiKeyCredential implements Credential {

    private final String token;

    public ApiKeyCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public void clear() {
        // The String cannot be wiped; the credential lives for one request only.
    }
}
