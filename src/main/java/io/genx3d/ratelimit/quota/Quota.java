package io.genx3d.ratelimit.quota;

import java.io.Serializable;

/**
 * One request's quotas: the window it falls in (its start, epoch milliseconds), the account's plan, and the key's own
 * limit with the key line it is counted by ({@code null} for a dashboard session, which spends only the plan).
 *
 * @param planCarriesOver whether what was spent under the plan still counts when the plan changes within the window:
 *                        true for a project, whose limit its own admins set (else lowering and raising it again would
 *                        give them a fresh count each time); false for an account, whose plan only a platform admin
 *                        sets and which then starts afresh, as a new bucket did before
 */
public record Quota(long windowStart, long planLimit, String keyLine, long keyLimit, boolean planCarriesOver)
        implements Serializable {

    public Quota(long windowStart, long planLimit, String keyLine, long keyLimit) {
        this(windowStart, planLimit, keyLine, keyLimit, false);
    }
}
