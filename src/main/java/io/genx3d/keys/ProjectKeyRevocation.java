package io.genx3d.keys;

import io.genx3d.caller.Actor;
import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.errors.ApiException;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.OrganizationAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * {@code DELETE /keys/{id}} for a project key: an owner or admin of its organization may revoke any of the project's
 * keys, a member the keys they made themselves. Anyone else, as for a key of another account, gets a 404.
 */
@ApplicationScoped
class ProjectKeyRevocation {

    @Inject
    ApiKeys keys;

    @Inject
    OrganizationAccess access;

    void revoke(AuthenticatedCaller who, String keyId) {
        ApiKey key = keys.findProjectKey(keyId).orElseThrow(() -> ApiException.notFound("API key"));
        OrgRole role = access.roleIn(key.project().organizationId(), who.accountId())
                .orElseThrow(() -> ApiException.notFound("API key"));
        boolean ownKey = key.account().id().equals(who.accountId());
        if (!role.atLeast(OrgRole.ADMIN) && !(role == OrgRole.MEMBER && ownKey)) {
            throw ApiException.forbidden(
                    "Only an owner or admin of the organization, or the member who made it, may revoke a project key",
                    Map.of("reason", "organization_role", "role", role.value()));
        }
        keys.revokeProjectKey(Actor.of(who), keyId);
    }
}
