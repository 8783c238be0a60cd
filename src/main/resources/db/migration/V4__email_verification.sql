-- Email verification (issue 13): an account's address is unverified until its owner opens the link mailed to it,
-- and an address listed as an admin's becomes admin only then. Accounts made before this stay unverified until
-- their owner verifies; their role is kept.
ALTER TABLE accounts ADD COLUMN email_verified BOOLEAN DEFAULT FALSE NOT NULL;

-- Single-use tokens mailed to people: email verifications and password resets. Only the token's HMAC is stored.
CREATE TABLE mailed_tokens (
    token_hash  VARCHAR(64) NOT NULL,
    purpose     VARCHAR(32) NOT NULL,
    account_id  VARCHAR(40) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT mailed_tokens_pk PRIMARY KEY (token_hash),
    CONSTRAINT mailed_tokens_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX mailed_tokens_account ON mailed_tokens (account_id, purpose);
