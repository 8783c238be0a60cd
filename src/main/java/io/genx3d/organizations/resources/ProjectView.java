package io.genx3d.organizations.resources;

import io.genx3d.organizations.Project;
import java.time.Instant;

/**
 * A project: {@code rate_limit} as set (null: the server's default plan) and {@code effective_rate_limit}, the requests
 * per window all its keys share.
 */
public record ProjectView(
        String id, String organizationId, String name, Integer rateLimit, int effectiveRateLimit, Instant createdAt) {

    static ProjectView of(Project project, int effectiveRateLimit) {
        return new ProjectView(
                project.id(),
                project.organizationId(),
                project.name(),
                project.rateLimit(),
                effectiveRateLimit,
                project.createdAt());
    }
}
