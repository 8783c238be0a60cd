package io.genx3d.verification;

/** What a mailed token may be used for; a token of one purpose never serves another. */
public enum Purpose {
    EMAIL_VERIFICATION,
    PASSWORD_RESET,
    /** Moves the account to the address the link was mailed to ({@code MailedToken#newEmail}). */
    EMAIL_CHANGE
}
