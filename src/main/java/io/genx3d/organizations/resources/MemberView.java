package io.genx3d.organizations.resources;

import io.genx3d.accounts.Account;
import io.genx3d.organizations.Membership;
import java.time.Instant;

/** A member of an organization, as its other members see them. */
public record MemberView(String accountId, String name, String email, String role, Instant joinedAt) {

    static MemberView of(Membership membership, Account account) {
        return new MemberView(
                membership.accountId(),
                account == null ? null : account.name(),
                account == null ? null : account.email(),
                membership.role().value(),
                membership.joinedAt());
    }
}
