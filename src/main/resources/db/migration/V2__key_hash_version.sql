-- Which pepper a key's hash was made under (genx3d.keys.pepper-version), so the pepper can be rotated: a key still
-- hashed under the previous pepper is found by that hash and re-hashed under the current one on its next use.
ALTER TABLE api_keys ADD COLUMN hash_version INTEGER DEFAULT 1 NOT NULL;
