-- genx3D schema, version 1: accounts, dashboard sessions, API keys, models, chat conversations, hourly key usage.
-- Plain SQL that H2 2.x and PostgreSQL 15 read alike (unquoted names: H2 folds them to upper case, PostgreSQL to
-- lower case, and EclipseLink's unquoted SQL follows). Times are UTC TIMESTAMPs (see InstantConverter).

CREATE TABLE accounts (
    id              VARCHAR(40)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    name            VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16),
    max_rate_limit  INTEGER,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT accounts_pk PRIMARY KEY (id),
    CONSTRAINT accounts_email_unique UNIQUE (email)
);

CREATE TABLE dashboard_sessions (
    token_hash  VARCHAR(64) NOT NULL,
    account_id  VARCHAR(40) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    CONSTRAINT dashboard_sessions_pk PRIMARY KEY (token_hash),
    CONSTRAINT dashboard_sessions_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);

-- Only the key's HMAC and its display prefix are stored, never the key.
CREATE TABLE api_keys (
    id                 VARCHAR(40)  NOT NULL,
    account_id         VARCHAR(40)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    prefix             VARCHAR(16)  NOT NULL,
    key_hash           VARCHAR(64)  NOT NULL,
    scopes             VARCHAR(500) NOT NULL,
    rate_limit         INTEGER,
    created_at         TIMESTAMP    NOT NULL,
    expires_at         TIMESTAMP,
    revoked_at         TIMESTAMP,
    last_used_at       TIMESTAMP,
    last_used_address  VARCHAR(64),
    CONSTRAINT api_keys_pk PRIMARY KEY (id),
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash),
    CONSTRAINT api_keys_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX api_keys_account ON api_keys (account_id, created_at);

CREATE TABLE models (
    id            VARCHAR(40)  NOT NULL,
    account_id    VARCHAR(40)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    parts_json    VARCHAR      NOT NULL,
    history_json  VARCHAR,
    version       BIGINT,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT models_pk PRIMARY KEY (id)
);
CREATE INDEX models_account_created ON models (account_id, created_at, id);

CREATE TABLE conversations (
    id          VARCHAR(40) NOT NULL,
    account_id  VARCHAR(40) NOT NULL,
    model_id    VARCHAR(40) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT conversations_pk PRIMARY KEY (id)
);

CREATE TABLE key_usage (
    id             VARCHAR(64) NOT NULL,
    key_id         VARCHAR(40) NOT NULL,
    hour_start     TIMESTAMP   NOT NULL,
    requests       BIGINT,
    ok             BIGINT,
    client_errors  BIGINT,
    rate_limited   BIGINT,
    server_errors  BIGINT,
    auth_failures  BIGINT,
    CONSTRAINT key_usage_pk PRIMARY KEY (id)
);
CREATE INDEX key_usage_key_hour ON key_usage (key_id, hour_start);
