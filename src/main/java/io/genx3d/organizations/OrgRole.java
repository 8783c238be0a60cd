package io.genx3d.organizations;

import java.util.Arrays;
import java.util.Optional;

/**
 * A member's role in an organization, strongest first. Owners and admins manage members, invitations, projects and
 * project keys; members use projects (models, chat) and make project keys; viewers read. Only an owner may make or
 * unmake an owner, and an organization always keeps one.
 */
public enum OrgRole {
    OWNER("owner"),
    ADMIN("admin"),
    MEMBER("member"),
    VIEWER("viewer");

    private final String value;

    OrgRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** True when this role may do what {@code needed} may (roles are ordered, strongest first). */
    public boolean atLeast(OrgRole needed) {
        return ordinal() <= needed.ordinal();
    }

    public static Optional<OrgRole> fromValue(String value) {
        return Arrays.stream(values()).filter(role -> role.value.equals(value)).findFirst();
    }
}
