package io.genx3d.caller;

/**
 * Why a request was refused before it reached any resource. The wire value is the envelope's
 * {@code details.reason} (the expired-key refusal carries {@code expired_at} instead, as the guide shows).
 * {@link #countsAsGuess()} says whether the refusal spends the client address's allowance of failed
 * authentications: a key or session token that is not ours looks like guessing; a real key that was revoked,
 * expired or suspended does not (its owner is flagged through usage instead).
 */
public enum RefusalReason {
    MISSING_KEY("missing_key", false),
    MALFORMED_KEY("malformed_key", true),
    KEY_NOT_FOUND("key_not_found", true),
    KEY_REVOKED("key_revoked", false),
    KEY_EXPIRED("key_expired", false),
    ACCOUNT_SUSPENDED("account_suspended", false),
    SESSION_INVALID("session_invalid", true),
    CSRF_TOKEN_INVALID("csrf_token_invalid", false),
    HTTPS_REQUIRED("https_required", false),
    ADDRESS_NOT_ALLOWED("address_not_allowed", false);

    private final String value;
    private final boolean guess;

    RefusalReason(String value, boolean guess) {
        this.value = value;
        this.guess = guess;
    }

    public String value() {
        return value;
    }

    public boolean countsAsGuess() {
        return guess;
    }
}
