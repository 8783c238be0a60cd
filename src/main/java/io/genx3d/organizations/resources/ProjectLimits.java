package io.genx3d.organizations.resources;

import io.genx3d.organizations.Project;
import io.genx3d.ratelimit.RateLimitPolicy;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A project's shared quota as the API reads and shows it. Whether a limit fits (an organization's projects together
 * within the plan of the person setting it) is decided by {@code Projects} under the organization's lock.
 */
@ApplicationScoped
public class ProjectLimits {

    /** {@code rate_limit} from the body, if given (not null); whether it fits is decided with the organization locked. */
    Optional<Integer> requested(JsonFields fields) {
        return fields.optionalWholeNumber("rate_limit", 1, RateLimitPolicy.MAX_RATE_LIMIT)
                .map(Long::intValue);
    }

    /** What the organization's log keeps of a project created or changed: its name and limit (null: the pool). */
    static Map<String, Object> audited(Project project) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", project.name());
        details.put("rate_limit", project.rateLimit());
        return details;
    }

    ProjectView view(Project project) {
        return ProjectView.of(project, project.effectiveRateLimit());
    }
}
