-- Request logs (issue 30): one row per API answer that belongs to an account (a key's request, refused or not, and a
-- dashboard session's), written in batches off the request thread and pruned after the retention period
-- (genx3d.request-logs.retention). Never a key, a header, a cookie, a body or a query string.
CREATE TABLE request_log_entries (
    id               VARCHAR(40)  NOT NULL,
    account_id       VARCHAR(40)  NOT NULL,
    key_id           VARCHAR(40),
    logged_at        TIMESTAMP    NOT NULL,
    method           VARCHAR(16)  NOT NULL,
    path             VARCHAR(300) NOT NULL,
    status           INTEGER      NOT NULL,
    error_code       VARCHAR(64),
    duration_micros  BIGINT       NOT NULL,
    client_address   VARCHAR(64),
    user_agent       VARCHAR(300),
    CONSTRAINT request_log_entries_pk PRIMARY KEY (id)
);
-- An account's log, newest first, a page at a time (keyset on time and id). Descending, and queried with an ORDER BY
-- that repeats it (RequestLogStore): then H2 reads a page from the index instead of sorting the account's every entry.
CREATE INDEX request_log_entries_account_time ON request_log_entries (account_id, logged_at DESC, id DESC);
-- One key's log.
CREATE INDEX request_log_entries_key_time ON request_log_entries (key_id, logged_at DESC, id DESC);
-- Pruning by age.
CREATE INDEX request_log_entries_time ON request_log_entries (logged_at);
