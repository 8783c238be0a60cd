-- Organizations, projects and service-account keys (issue 31). An organization has members with roles; its projects
-- own models and keys (project keys, service accounts) that belong to the project, not to the member who made them.
-- plan_limit: the pool its projects without a rate_limit of their own share (its creator's plan when it was made).
CREATE TABLE organizations (
    id          VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    plan_limit  INTEGER      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(40)  NOT NULL,
    deleted_at  TIMESTAMP,
    CONSTRAINT organizations_pk PRIMARY KEY (id)
);

-- Who belongs to which organization, and as what (owner, admin, member, viewer). Read on every request that reaches
-- an organization, never cached, so a removal holds on every node from the next request.
CREATE TABLE organization_members (
    organization_id  VARCHAR(40) NOT NULL,
    account_id       VARCHAR(40) NOT NULL,
    role             VARCHAR(16) NOT NULL,
    joined_at        TIMESTAMP   NOT NULL,
    CONSTRAINT organization_members_pk PRIMARY KEY (organization_id, account_id),
    CONSTRAINT organization_members_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT organization_members_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX organization_members_account ON organization_members (account_id);

-- A project's rate_limit is one quota for all its keys (null: it shares its organization's plan_limit with the other
-- projects without one). Deleted projects stay as rows (deleted_at) so that their revoked keys and audit events still
-- name them.
CREATE TABLE projects (
    id               VARCHAR(40)  NOT NULL,
    organization_id  VARCHAR(40)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    rate_limit       INTEGER,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(40)  NOT NULL,
    deleted_at       TIMESTAMP,
    CONSTRAINT projects_pk PRIMARY KEY (id),
    CONSTRAINT projects_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX projects_organization ON projects (organization_id, created_at);

-- A project key keeps account_id = the member who made it (its creator, shown with it) and names its project here.
ALTER TABLE api_keys ADD COLUMN project_id VARCHAR(40);
CREATE INDEX api_keys_project ON api_keys (project_id, created_at);
