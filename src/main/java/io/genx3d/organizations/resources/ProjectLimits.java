package io.genx3d.organizations.resources;

import io.genx3d.caller.AuthenticatedCaller;
import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import io.genx3d.organizations.Project;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * A project's shared quota: set by an owner or admin, never above their own plan (an organization has no plan of its
 * own, so a project cannot be a way around the plan of the people who run it).
 */
@ApplicationScoped
public class ProjectLimits {

    @Inject
    RateLimitPolicy rateLimits;

    /** {@code rate_limit} from the body, if given (not null), checked against the caller's plan. */
    Optional<Integer> requested(JsonFields fields, AuthenticatedCaller who) {
        Optional<Integer> limit = fields.optionalWholeNumber("rate_limit", 1, RateLimitPolicy.MAX_RATE_LIMIT)
                .map(Long::intValue);
        limit.ifPresent(value -> {
            if (value > who.planLimit()) {
                throw new ApiException(
                        ErrorCode.BAD_REQUEST,
                        "rate_limit may not exceed your own plan of " + who.planLimit() + " requests per window",
                        Map.of("field", "rate_limit", "limit", who.planLimit()));
            }
        });
        return limit;
    }

    ProjectView view(Project project) {
        return ProjectView.of(project, rateLimits.ceiling(project.rateLimit()));
    }
}
