package io.genx3d.accounts;

/**
 * A new account, fired inside the sign-up's transaction: observers that store something for it (the email
 * verification) commit or roll back with the account.
 */
public record AccountSignedUp(Account account) {}
