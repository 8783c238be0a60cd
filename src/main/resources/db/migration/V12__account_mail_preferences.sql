-- Issue 30, account and security mail. Which security notices an account's owner wants mailed (a missing row means
-- every one: the defaults are all on; the password-change notice has no column, it cannot be turned off).
CREATE TABLE account_notices (
    account_id     VARCHAR(40) NOT NULL,
    key_created    BOOLEAN     NOT NULL,
    new_sign_in    BOOLEAN     NOT NULL,
    email_changed  BOOLEAN     NOT NULL,
    CONSTRAINT account_notices_pk PRIMARY KEY (account_id),
    CONSTRAINT account_notices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);

-- The devices (user agent and client address) each account has logged in to the dashboard from, to tell a sign-in
-- from a new one. Only an HMAC of the account and the pair is kept, never the pair itself nor a session cookie; at most
-- a few rows per account (the least recently seen are forgotten).
CREATE TABLE account_devices (
    fingerprint   VARCHAR(64) NOT NULL,
    account_id    VARCHAR(40) NOT NULL,
    first_seen_at TIMESTAMP   NOT NULL,
    last_seen_at  TIMESTAMP   NOT NULL,
    CONSTRAINT account_devices_pk PRIMARY KEY (fingerprint),
    CONSTRAINT account_devices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX account_devices_account ON account_devices (account_id, last_seen_at);

-- A link that changes an account's address carries the address it changes to.
ALTER TABLE mailed_tokens ADD COLUMN new_email VARCHAR(254);
