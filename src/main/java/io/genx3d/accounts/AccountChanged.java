package io.genx3d.accounts;

import io.genx3d.caller.Actor;
import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: {@code actor} (an admin) changed account {@code accountId}'s role, status or plan ceiling; the values
 * are the account's as changed. What was verified about the account's keys is out of date from this moment.
 */
public record AccountChanged(
        Actor actor, String accountId, String role, String status, Integer maxRateLimit, Instant at)
        implements Serializable {}
