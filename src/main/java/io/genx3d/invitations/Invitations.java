package io.genx3d.invitations;

import io.genx3d.accounts.Account;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.keys.KeyHasher;
import io.genx3d.organizations.Membership;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Organizations;
import io.genx3d.tokens.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of invitations. A token is 256 random bits, mailed once and kept only as its HMAC (found through a unique
 * index, so no comparison of secrets happens in code). Inviting an address again withdraws its earlier pending link.
 */
@ApplicationScoped
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    @Inject
    Organizations organizations;

    /** A new invitation and its token, which goes into the mail and nowhere else. */
    public record Issued(Invitation invitation, String token) {}

    /** The member an accepted invitation made, and the organization they joined. */
    public record Accepted(Membership membership, Invitation invitation) {}

    @Transactional
    public Issued invite(String organizationId, String email, OrgRole role, String invitedBy, Duration ttl) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        of(organizationId).stream()
                .filter(earlier -> earlier.email().equals(email) && "pending".equals(earlier.status(now)))
                .forEach(earlier -> earlier.revoke(now));
        String token = RandomTokens.base62(256);
        Invitation invitation =
                new Invitation(organizationId, email, role, hasher.hash(token), invitedBy, now, now.plus(ttl));
        em.persist(invitation);
        return new Issued(invitation, token);
    }

    public List<Invitation> of(String organizationId) {
        return em.createNamedQuery("Invitation.ofOrganization", Invitation.class)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }

    public Optional<Invitation> find(String organizationId, String invitationId) {
        return Optional.ofNullable(em.find(Invitation.class, invitationId))
                .filter(invitation -> invitation.organizationId().equals(organizationId));
    }

    /** Withdraws a pending invitation: its link stops working. */
    @Transactional
    public void revoke(String organizationId, String invitationId) {
        Invitation invitation = Optional.ofNullable(
                        em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> ApiException.notFound("Invitation"));
        Instant now = Instant.now();
        if (!"pending".equals(invitation.status(now))) {
            throw ApiException.conflict(
                    "This invitation is " + invitation.status(now) + ", not pending",
                    Map.of("reason", "not_pending", "status", invitation.status(now)));
        }
        invitation.revoke(now);
    }

    /**
     * Uses the token once for {@code account}, whose verified address must be the invited one. A token that is unknown,
     * used, withdrawn or expired, or whose organization is gone, is a 400 on {@code token}.
     */
    @Transactional
    public Accepted accept(String token, Account account) {
        Instant now = Instant.now();
        // Locked while it is used: two accepts of one link, or an accept and a withdrawal, go one after the other, and
        // the second sees what the first did.
        Invitation invitation = em
                .createNamedQuery("Invitation.byToken", Invitation.class)
                .setParameter("tokenHash", hasher.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .findFirst()
                .filter(found -> organizations.find(found.organizationId()).isPresent())
                .orElseThrow(() -> ApiException.badField("token", "is not a valid invitation link"));
        String status = invitation.status(now);
        if (!"pending".equals(status)) {
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "This invitation is " + status + "; ask for a new one",
                    Map.of("field", "token", "reason", "invitation_" + status));
        }
        if (!account.emailVerified()) {
            throw ApiException.forbidden(
                    "Verify your email address first: an invitation is accepted by the address it was sent to",
                    Map.of("reason", "email_unverified"));
        }
        if (!account.email().equals(invitation.email())) {
            throw ApiException.forbidden(
                    "This invitation was sent to another address; log in with that address to accept it",
                    Map.of("reason", "invitation_email"));
        }
        invitation.accept(account.id(), now);
        Membership membership = organizations.join(invitation.organizationId(), account.id(), invitation.role());
        return new Accepted(membership, invitation);
    }
}
