/**
 * The audit log: every security event (sign-up, logins, password changes, keys created, rolled, changed and
 * revoked, account changes, refused uses of expired keys and suspended accounts), who did it, from where, to what.
 * Events are written with the change they record (an outbox row in its transaction) and sealed shortly after into
 * an append-only chain in which each event's hash covers the one before, so an edited or deleted row is found by
 * {@link io.genx3d.audit.AuditChain#verify}.
 */
package io.genx3d.audit;
