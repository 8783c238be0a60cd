package io.genx3d.accounts;

import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: account {@code accountId}'s address changed from {@code oldEmail} to {@code newEmail} (which its owner has
 * just proven by the link mailed to it). Fired inside the change's transaction, so what records it commits with it.
 */
public record EmailChanged(String accountId, String oldEmail, String newEmail, Instant at) implements Serializable {}
