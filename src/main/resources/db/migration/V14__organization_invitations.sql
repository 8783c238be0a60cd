-- Invitations to an organization (issue 31): mailed as a single-use link; only the token's HMAC is kept, as for the
-- other mailed links. An invitation is pending until accepted, revoked or expired (7 days by default).
CREATE TABLE organization_invitations (
    id               VARCHAR(40)  NOT NULL,
    organization_id  VARCHAR(40)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    invited_by       VARCHAR(40)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    expires_at       TIMESTAMP    NOT NULL,
    accepted_at      TIMESTAMP,
    accepted_by      VARCHAR(40),
    revoked_at       TIMESTAMP,
    CONSTRAINT organization_invitations_pk PRIMARY KEY (id),
    CONSTRAINT organization_invitations_token UNIQUE (token_hash),
    CONSTRAINT organization_invitations_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX organization_invitations_organization ON organization_invitations (organization_id, created_at);
