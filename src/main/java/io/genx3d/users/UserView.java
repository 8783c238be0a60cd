package io.genx3d.users;

import io.genx3d.accounts.Account;
import java.time.Instant;

/** An account as an admin sees it: with its status and plan ceiling, never its password hash. */
public record UserView(
        String id, String email, String name, String role, String status, Integer maxRateLimit, Instant createdAt) {

    static UserView of(Account account) {
        return new UserView(
                account.id(),
                account.email(),
                account.name(),
                account.role().value(),
                account.status().value(),
                account.maxRateLimit(),
                account.createdAt());
    }
}
