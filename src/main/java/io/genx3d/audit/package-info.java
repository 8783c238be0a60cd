/**
 * The audit log: every security event (sign-up, logins, password changes, keys created, rolled, changed and
 * revoked, account changes, refused uses of expired keys and suspended accounts), who did it, from where, to what.
 * Events are written with the change they record (an outbox row in its transaction) and sealed shortly after into
 * an append-only chain in which each event's hash covers the one before and each event carries a MAC under the audit
 * chain key, a server secret the database does not hold ({@link io.genx3d.audit.AuditChainKey}), so an edited or
 * deleted row is found by the verification even when whoever edited it recomputed the hashes.
 */
package io.genx3d.audit;
