/**
 * Expiry reminders: a key's owner is mailed 7 days and 1 day before the key expires, each reminder at most once
 * whichever node finds it due, and across restarts (the database records what was sent).
 */
package io.genx3d.reminders;
