package io.genx3d.audit;

import java.util.Arrays;
import java.util.Optional;

/** What an audit event records; the wire value is the event's {@code type} and the listing's filter. */
public enum AuditEventType {
    SIGNED_UP("account.signed_up"),
    EMAIL_VERIFIED("account.email_verified"),
    EMAIL_CHANGED("account.email_changed"),
    NAME_CHANGED("account.name_changed"),
    PASSWORD_CHANGED("account.password_changed"),
    PASSWORD_RESET("account.password_reset"),
    ACCOUNT_CHANGED("account.changed"),
    OWNERSHIP_PROVEN("account.ownership_proven"),
    SUSPENDED_ACCOUNT_REFUSED("account.suspended_refused"),
    LOGIN_SUCCEEDED("session.login_succeeded"),
    LOGIN_FAILED("session.login_failed"),
    LOGGED_OUT("session.logged_out"),
    LOGGED_OUT_EVERYWHERE("session.logged_out_everywhere"),
    KEY_CREATED("key.created"),
    KEY_ROLLED("key.rolled"),
    KEY_RENAMED("key.renamed"),
    KEY_ALLOWLIST_CHANGED("key.allowlist_changed"),
    KEY_RATE_LIMIT_CHANGED("key.rate_limit_changed"),
    KEY_EXPIRY_CHANGED("key.expiry_changed"),
    KEY_REVOKED("key.revoked"),
    EXPIRED_KEY_REFUSED("key.expired_key_refused"),
    ADDRESS_REFUSED("key.address_refused"),
    MEMBER_INVITED("member.invited"),
    MEMBER_JOINED("member.joined"),
    MEMBER_ROLE_CHANGED("member.role_changed"),
    MEMBER_REMOVED("member.removed"),
    INVITATION_WITHDRAWN("member.invitation_withdrawn"),
    ORGANIZATION_CREATED("organization.created"),
    ORGANIZATION_RENAMED("organization.renamed"),
    PROJECT_CREATED("project.created"),
    PROJECT_CHANGED("project.changed"),
    PROJECT_DELETED("project.deleted");

    private final String value;

    AuditEventType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<AuditEventType> fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }
}
