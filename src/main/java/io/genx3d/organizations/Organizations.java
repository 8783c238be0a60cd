package io.genx3d.organizations;

import io.genx3d.accounts.Account;
import io.genx3d.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store of organizations and their members. Every change of roles keeps an owner: the organization's row is locked
 * while its owners are counted, so two demotions at once cannot both take the last owner away.
 */
@ApplicationScoped
public class Organizations {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "genx3d.organizations.max-owned", defaultValue = "20")
    long maxOwned;

    /** An organization and the caller's role in it. */
    public record Membered(Organization organization, OrgRole role) {}

    /**
     * Creates an organization whose first member, its owner, is {@code accountId}, who may own at most
     * {@code genx3d.organizations.max-owned}: each organization divides its owners' plan among its projects, so the
     * number a person owns bounds how far organizations multiply a plan. The account's row is locked while they are
     * counted, so two creations at once cannot both take the last place.
     */
    @Transactional
    public Organization create(String accountId, String name, int plan) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        long owned = em.createNamedQuery("Membership.countOwned", Long.class)
                .setParameter("accountId", accountId)
                .setParameter("role", OrgRole.OWNER)
                .getSingleResult();
        if (owned >= maxOwned) {
            throw ApiException.conflict(
                    "You already own " + owned + " organizations, the most you may; delete one or hand it over first",
                    Map.of("reason", "too_many_organizations", "limit", maxOwned));
        }
        Organization organization = new Organization(name, accountId, plan);
        em.persist(organization);
        // The two entities share no mapped relationship, so EclipseLink would not know to insert the organization
        // before the membership its foreign key names.
        em.flush();
        em.persist(new Membership(organization.id(), accountId, OrgRole.OWNER));
        return organization;
    }

    /** The organizations the account belongs to, oldest first, each with its role there. */
    public List<Membered> of(String accountId) {
        return em
                .createNamedQuery("Membership.ofAccount", Object[].class)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .map(row -> new Membered((Organization) row[1], ((Membership) row[0]).role()))
                .toList();
    }

    /** The account's role in the organization, read now; empty for a stranger or a deleted organization. */
    public Optional<OrgRole> roleOf(String organizationId, String accountId) {
        return em
                .createNamedQuery("Membership.roleIn", OrgRole.class)
                .setParameter("organizationId", organizationId)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Organization> find(String organizationId) {
        return Optional.ofNullable(em.find(Organization.class, organizationId)).filter(org -> !org.isDeleted());
    }

    @Transactional
    public Organization rename(String organizationId, String name) {
        Organization organization = existing(organizationId);
        organization.rename(name);
        return organization;
    }

    /** Marks the organization deleted and ends every membership; its projects are deleted by the caller first. */
    @Transactional
    public void delete(String organizationId, Instant now) {
        lock(organizationId);
        existing(organizationId).delete(now);
        members(organizationId).forEach(member -> em.remove(em.merge(member)));
    }

    public List<Membership> members(String organizationId) {
        return em.createNamedQuery("Membership.ofOrganization", Membership.class)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }

    public Optional<Membership> member(String organizationId, String accountId) {
        return Optional.ofNullable(em.find(Membership.class, new Membership.Key(organizationId, accountId)));
    }

    /** Adds the account with the role (an accepted invitation); an existing member keeps the role they have. */
    @Transactional
    public Membership join(String organizationId, String accountId, OrgRole role) {
        lock(organizationId);
        return member(organizationId, accountId).orElseGet(() -> {
            Membership membership = new Membership(organizationId, accountId, role);
            em.persist(membership);
            return membership;
        });
    }

    /** Changes a member's role; the last owner cannot be made anything else. */
    @Transactional
    public Membership changeRole(String organizationId, String accountId, OrgRole role) {
        lock(organizationId);
        Membership membership = member(organizationId, accountId).orElseThrow(() -> ApiException.notFound("Member"));
        if (membership.role() == OrgRole.OWNER && role != OrgRole.OWNER) {
            requireAnotherOwner(organizationId);
        }
        membership.changeRole(role);
        return membership;
    }

    /** Removes a member (or a member leaves); the last owner cannot go. */
    @Transactional
    public Membership remove(String organizationId, String accountId) {
        lock(organizationId);
        Membership membership = member(organizationId, accountId).orElseThrow(() -> ApiException.notFound("Member"));
        if (membership.role() == OrgRole.OWNER) {
            requireAnotherOwner(organizationId);
        }
        em.remove(membership);
        return membership;
    }

    private void requireAnotherOwner(String organizationId) {
        long owners = em.createNamedQuery("Membership.countRole", Long.class)
                .setParameter("organizationId", organizationId)
                .setParameter("role", OrgRole.OWNER)
                .getSingleResult();
        if (owners <= 1) {
            throw ApiException.conflict(
                    "An organization always keeps an owner: make another member an owner first",
                    Map.of("reason", "last_owner"));
        }
    }

    /**
     * Locks the organization's row for the rest of the transaction, so its deletion, a project's creation and changes
     * of its members happen one after the other; a deleted organization is a 404.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organization lock(String organizationId) {
        Organization organization = em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (organization == null || organization.isDeleted()) {
            throw ApiException.notFound("Organization");
        }
        return organization;
    }

    private Organization existing(String organizationId) {
        return find(organizationId).orElseThrow(() -> ApiException.notFound("Organization"));
    }
}
