package io.genx3d.keys;

import java.util.Arrays;
import java.util.Optional;

/** Why a key was revoked, as listings show it in {@code revoked_reason}. */
public enum RevocationReason {
    /** Its owner revoked it (dashboard or API). */
    OWNER("owner"),
    /** An administrator revoked it. */
    ADMIN("admin"),
    /** A secret-scanning report found it in public ({@code POST /api/v1/leaked-keys}). */
    LEAKED("leaked"),
    /** The key that created it was revoked, and a key may not outlive its creator. */
    CASCADE("cascade"),
    /**
     * It was made on an account whose address nobody had proven yet, and then the address's owner proved it (a reset
     * link, or a verification link opened without the account's session): whoever made it may not have been them.
     */
    OWNERSHIP_PROVEN("ownership_proven");

    private final String value;

    RevocationReason(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<RevocationReason> fromValue(String value) {
        return Arrays.stream(values())
                .filter(reason -> reason.value.equals(value))
                .findFirst();
    }
}
