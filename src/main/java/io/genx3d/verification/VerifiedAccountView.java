package io.genx3d.verification;

import io.genx3d.accounts.Account;
import java.time.Instant;

/**
 * The answer to a verification: the account as {@code AccountView} shows it, and {@code ended_before_proof} when the
 * proof ended what had been made before it (null otherwise), so the page that opened the link can say so.
 */
public record VerifiedAccountView(
        String id,
        String email,
        boolean emailVerified,
        String name,
        String role,
        Instant createdAt,
        AddressProofs.Ended endedBeforeProof) {

    static VerifiedAccountView of(AddressProofs.Proven proven) {
        Account account = proven.account();
        return new VerifiedAccountView(
                account.id(),
                account.email(),
                account.emailVerified(),
                account.name(),
                account.role().value(),
                account.createdAt(),
                proven.ended().anything() ? proven.ended() : null);
    }
}
