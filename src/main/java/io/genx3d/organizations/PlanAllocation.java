package io.genx3d.organizations;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an organization's projects divide a plan. Projects without a limit of their own share one pool, the organization's
 * plan (its creator's plan when it was made); the limits given to projects come out of the plan of the person setting
 * them, and together may not exceed it (found by the attacker review: unlimited projects at the server's default plan
 * were a way around a throttled person's plan). So an organization's keys together get at most twice its owner's plan.
 *
 * @param plan        the plan of the person setting the limit
 * @param othersTotal the limits of the organization's other live projects, together
 */
record PlanAllocation(long plan, long othersTotal) {

    /** {@code requested} if it fits in what is left of the plan (null: the shared pool, always); else a 400. */
    Integer limitFor(Integer requested) {
        long left = plan - othersTotal;
        if (requested == null) {
            return null;
        }
        if (requested > left) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("field", "rate_limit");
            details.put("limit", Math.max(0, left));
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "rate_limit may not exceed what is left of your plan for this organization's projects: "
                            + Math.max(0, left) + " of " + plan + " requests per window",
                    details);
        }
        return requested;
    }
}
