package io.genx3d.accounts;

import java.time.Instant;

/** An account as the API shows it: never the password or its hash. */
public record AccountView(String id, String email, boolean emailVerified, String name, String role, Instant createdAt) {

    public static AccountView of(Account account) {
        return new AccountView(
                account.id(),
                account.email(),
                account.emailVerified(),
                account.name(),
                account.role().value(),
                account.createdAt());
    }
}
