-- Finding 9 of the security review: the audit chain is keyed. Each event gets a MAC, HMAC-SHA256 of its hash under the
-- audit chain key (genx3d.audit.chain-key, which the database never holds), and the version of that key. Whoever can
-- write this table can recompute the SHA-256 chain, but not the MACs.
-- Events sealed before this migration have neither: they are keyed at start-up only if their unkeyed chain verifies
-- and only up to a bound the database cannot move (see AuditChainRekeying and docs/key-lifecycle.md); until then the
-- verification names the first of them.
ALTER TABLE audit_events ADD COLUMN mac VARCHAR(64);
ALTER TABLE audit_events ADD COLUMN key_version INTEGER;
