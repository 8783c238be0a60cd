package io.genx3d.usage;

import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.caller.ServesProjectKeys;
import io.genx3d.errors.ApiException;
import io.genx3d.keys.ApiKey;
import io.genx3d.keys.ApiKeys;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Workspaces;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.QueryInstants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code GET /api/v1/usage?key_id=&from=&to=}: the caller's keys' hourly usage (the last 24 hours unless
 * {@code from}/{@code to} say otherwise, at most 31 days), with anomalies. Another account's key id is a 404. With
 * {@code include_dashboard=true} (and no key), the account's dashboard sessions' hours too, as rows of source
 * {@code dashboard}: they spend the same plan.
 */
@Path("/usage")
@RequestScoped
@RateLimited
@ServesProjectKeys
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    static final Duration DEFAULT_SPAN = Duration.ofHours(24);
    static final Duration MAX_SPAN = Duration.ofDays(31);

    @Inject
    Caller caller;

    @Inject
    ApiKeys keys;

    @Inject
    Usage usage;

    @Inject
    Workspaces workspaces;

    @GET
    @RequiresScope(Scope.USAGE_READ)
    public UsageReport report(
            @QueryParam("key_id") String keyId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("include_dashboard") String includeDashboard,
            @QueryParam("project_id") String projectId) {
        String workspace = workspaces.of(caller.get(), projectId, OrgRole.VIEWER);
        Instant end = instant("to", to)
                .orElse(Instant.now())
                .truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofHours(1));
        Instant start = instant("from", from)
                .map(value -> value.truncatedTo(ChronoUnit.HOURS))
                .orElse(end.minus(DEFAULT_SPAN));
        if (!start.isBefore(end)) {
            throw ApiException.badField("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw ApiException.badField("from", "must be at most 31 days before to");
        }
        List<String> keyIds = keyIds(workspace, keyId);
        List<UsageReport.FlaggedKey> anomalies = usage.anomalies(keyIds, Instant.now()).entrySet().stream()
                .map(entry -> new UsageReport.FlaggedKey(
                        entry.getKey(),
                        entry.getValue().reason(),
                        entry.getValue().hour(),
                        entry.getValue().count(),
                        entry.getValue().baseline()))
                .sorted(Comparator.comparing(UsageReport.FlaggedKey::keyId))
                .toList();
        List<HourlyUsage> series = usage.series(keyIds, start, end);
        if (keyId == null && includesDashboard(includeDashboard)) {
            series = Stream.concat(series.stream(), usage.dashboardSeries(workspace, start, end).stream())
                    .toList();
        }
        return new UsageReport(start, end, series, anomalies);
    }

    private List<String> keyIds(String workspace, String keyId) {
        if (keyId == null) {
            // A rolled key's line is reported once, under its newest key.
            return keys.ofWorkspace(workspace).stream()
                    .filter(key -> key.replacedBy() == null)
                    .map(ApiKey::id)
                    .toList();
        }
        return List.of(keys.findInWorkspace(workspace, keyId)
                .orElseThrow(() -> ApiException.notFound("API key"))
                .id());
    }

    private static boolean includesDashboard(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badField("include_dashboard", "must be true or false");
    }

    static java.util.Optional<Instant> instant(String field, String value) {
        return QueryInstants.parse(field, value);
    }
}
