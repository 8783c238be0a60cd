package io.genx3d.verification;

/** What a mailed token may be used for; a token of one purpose never serves another. */
public enum Purpose {
    EMAIL_VERIFICATION,
    PASSWORD_RESET
}
