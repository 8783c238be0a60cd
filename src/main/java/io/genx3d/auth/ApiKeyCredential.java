package io.genx3d.auth;

import jakarta.security.enterprise.credential.Credential;

/** The token from an {@code Authorization: Bearer} header, as presented, and the client that presented it. */
public final class ApiKeyCredential implements Credential {

    private final String token;
    private final String clientAddress;

    public ApiKeyCredential(String token, String clientAddress) {
        this.token = token;
        this.clientAddress = clientAddress;
    }

    public String token() {
        return token;
    }

    /** Where the request came from, shown to the key's owner as its last client address. */
    public String clientAddress() {
        return clientAddress;
    }

    @Override
    public void clear() {
        // The String cannot be wiped; the credential lives for one request only.
    }
}
