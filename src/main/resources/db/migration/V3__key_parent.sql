-- The key that created a key, when one did (null: created through a dashboard session). A key may not outlive the key
-- that made it, and revoking a key revokes the keys it made.
ALTER TABLE api_keys ADD COLUMN parent_key_id VARCHAR(40);
CREATE INDEX api_keys_parent ON api_keys (parent_key_id);
