-- Issue 16: the key lifecycle (rotation with overlap, leak reports, address allowlists, expiry reminders) and the
-- tamper-evident audit log.

-- A key's addresses (comma-separated IPv4/IPv6 addresses and CIDR ranges; null: any address).
ALTER TABLE api_keys ADD COLUMN allowed_ips VARCHAR(2000);
-- Rotation: the key that replaced this one, and the first key of the line this one continues. Limits and usage are
-- counted per line, so rolling a key neither refills its quota nor starts its history again.
ALTER TABLE api_keys ADD COLUMN replaced_by VARCHAR(40);
ALTER TABLE api_keys ADD COLUMN replaces VARCHAR(40);
ALTER TABLE api_keys ADD COLUMN lineage_id VARCHAR(40);
UPDATE api_keys SET lineage_id = id;
ALTER TABLE api_keys ALTER COLUMN lineage_id SET NOT NULL;
CREATE INDEX api_keys_lineage ON api_keys (lineage_id);
-- Why a key was revoked (owner, admin, leaked, cascade) and, for a leak, where it was found.
ALTER TABLE api_keys ADD COLUMN revoked_reason VARCHAR(16);
ALTER TABLE api_keys ADD COLUMN revoked_url VARCHAR(500);
-- Expiry reminders already sent (each at most once, whichever node sends it).
ALTER TABLE api_keys ADD COLUMN reminded_week_at TIMESTAMP;
ALTER TABLE api_keys ADD COLUMN reminded_day_at TIMESTAMP;
CREATE INDEX api_keys_expiry ON api_keys (expires_at);

-- Security events, recorded in the transaction of what they record and sealed into the chain shortly after.
CREATE TABLE audit_outbox (
    id              VARCHAR(40)   NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    type            VARCHAR(48)   NOT NULL,
    account_id      VARCHAR(40),
    actor           VARCHAR(40)   NOT NULL,
    actor_key_id    VARCHAR(40),
    actor_session   VARCHAR(16),
    target          VARCHAR(100),
    client_address  VARCHAR(64),
    user_agent      VARCHAR(300),
    details         VARCHAR(2000) NOT NULL,
    CONSTRAINT audit_outbox_pk PRIMARY KEY (id)
);

-- The audit log: append-only, each event's hash chained to the one before it (seq - 1).
CREATE TABLE audit_events (
    seq             BIGINT        NOT NULL,
    id              VARCHAR(40)   NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    type            VARCHAR(48)   NOT NULL,
    account_id      VARCHAR(40),
    actor           VARCHAR(40)   NOT NULL,
    actor_key_id    VARCHAR(40),
    actor_session   VARCHAR(16),
    target          VARCHAR(100),
    client_address  VARCHAR(64),
    user_agent      VARCHAR(300),
    details         VARCHAR(2000) NOT NULL,
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (seq),
    CONSTRAINT audit_events_id_unique UNIQUE (id)
);
CREATE INDEX audit_events_account ON audit_events (account_id, seq);
CREATE INDEX audit_events_time ON audit_events (occurred_at);

-- The chain's head (one row): the last sealed event, and where pruning left the chain's start.
CREATE TABLE audit_chain (
    id               INTEGER     NOT NULL,
    last_seq         BIGINT      NOT NULL,
    last_hash        VARCHAR(64) NOT NULL,
    pruned_to_seq    BIGINT      NOT NULL,
    pruned_to_hash   VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_pk PRIMARY KEY (id)
);
INSERT INTO audit_chain (id, last_seq, last_hash, pruned_to_seq, pruned_to_hash) VALUES (1, 0,
    '0000000000000000000000000000000000000000000000000000000000000000', 0,
    '0000000000000000000000000000000000000000000000000000000000000000');
