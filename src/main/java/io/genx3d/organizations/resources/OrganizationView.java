package io.genx3d.organizations.resources;

import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Organization;
import java.time.Instant;

/** An organization as its member sees it: with the member's own role. */
public record OrganizationView(String id, String name, String role, Instant createdAt) {

    static OrganizationView of(Organization organization, OrgRole role) {
        return new OrganizationView(organization.id(), organization.name(), role.value(), organization.createdAt());
    }
}
