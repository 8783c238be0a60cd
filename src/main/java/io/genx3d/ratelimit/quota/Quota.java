package io.genx3d.ratelimit.quota;

import java.io.Serializable;

/**
 * One request's quotas: the window it falls in (its start, epoch milliseconds), the account's plan, and the key's own
 * limit with the key line it is counted by ({@code null} for a dashboard session, which spends only the plan).
 */
public record Quota(long windowStart, long planLimit, String keyLine, long keyLimit) implements Serializable {}
