-- Security round 3, finding 2: whether the account's password was chosen by someone shown to hold its mailbox (set by
-- a reset link, or in a session of the account when its address was verified). A reset of an account whose password
-- is not proven ends every key made before, since whoever made them may have been a stranger who signed up with the
-- address. Accounts verified before this are taken as proven: they keep their keys on a reset, as they did.
ALTER TABLE accounts ADD COLUMN password_proven BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE accounts SET password_proven = email_verified;
