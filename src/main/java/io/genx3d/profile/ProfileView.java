package io.genx3d.profile;

import io.genx3d.accounts.Account;
import io.genx3d.notices.Notifications;
import java.time.Instant;

/**
 * The caller's own account: what {@code AccountView} shows, plus the address a mailed link would move it to
 * ({@code pending_email}, null when none is outstanding) and the notice choices.
 */
public record ProfileView(
        String id,
        String email,
        boolean emailVerified,
        String pendingEmail,
        String name,
        String role,
        Instant createdAt,
        Notifications notifications) {

    static ProfileView of(Account account, String pendingEmail, Notifications notifications) {
        return new ProfileView(
                account.id(),
                account.email(),
                account.emailVerified(),
                pendingEmail,
                account.name(),
                account.role().value(),
                account.createdAt(),
                notifications);
    }
}
