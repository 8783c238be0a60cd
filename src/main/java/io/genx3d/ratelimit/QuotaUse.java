package io.genx3d.ratelimit;

import java.time.Instant;
import java.util.Map;

/**
 * What is left in the current window of an account's plan and of some of its key lines' own limits.
 *
 * @param keysLeft requests left by key line
 */
public record QuotaUse(Instant windowStart, Instant resetAt, long planLeft, Map<String, Long> keysLeft) {}
