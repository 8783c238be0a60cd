package io.genx3d.requestlogs;

import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.caller.ServesProjectKeys;
import io.genx3d.errors.ApiException;
import io.genx3d.keys.ApiKeys;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Workspaces;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.storage.PageSize;
import io.genx3d.validation.QueryInstants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/request-logs?key_id=&source=&status=&from=&to=&limit=&cursor=}: the caller's account's API requests,
 * newest first, a page at a time; {@code GET /api/v1/request-logs/{id}}: one, by the id in its answer's
 * {@code X-Request-Id}. Another account's entry, or key, is a 404.
 */
@Path("/request-logs")
@RequestScoped
@RateLimited
@ServesProjectKeys
@Produces(MediaType.APPLICATION_JSON)
public class RequestLogsResource {

    @Inject
    Caller caller;

    @Inject
    ApiKeys keys;

    @Inject
    RequestLogWriter writer;

    @Inject
    RequestLogStore store;

    @Inject
    Workspaces workspaces;

    @GET
    @RequiresScope(Scope.USAGE_READ)
    public RequestLogPage list(@BeanParam RequestLogQuery query) {
        String accountId = workspaces.of(caller.get(), query.projectId, OrgRole.VIEWER);
        RequestLogFilter filter = new RequestLogFilter(
                ownKey(accountId, query.keyId),
                RequestLogFilter.keysOnly(query.source),
                StatusFilter.parse(query.status),
                QueryInstants.parse("from", query.from).orElse(null),
                QueryInstants.parse("to", query.to).orElse(null));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ApiException.badField("from", "must not be after to");
        }
        int size = PageSize.parse(query.limit);
        RequestLogCursor after = RequestLogCursor.decode(query.cursor);
        // This node's requests not written yet (the caller's own last ones among them) go first; other nodes'
        // arrive within their flush interval.
        writer.flushQuietly();
        List<LoggedRequest> found = store.page(accountId, filter, after, size + 1);
        List<LoggedRequest> shown = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size
                ? new RequestLogCursor(last(shown).time(), last(shown).id()).encode()
                : null;
        return new RequestLogPage(shown.stream().map(RequestLogView::of).toList(), next);
    }

    @GET
    @Path("/{requestId}")
    @RequiresScope(Scope.USAGE_READ)
    public RequestLogView get(@PathParam("requestId") String requestId, @QueryParam("project_id") String projectId) {
        // This node's requests not written yet (the caller's own last ones among them) go first; other nodes'
        // arrive within their flush interval.
        writer.flushQuietly();
        return store.find(workspaces.of(caller.get(), projectId, OrgRole.VIEWER), requestId)
                .map(RequestLogView::of)
                .orElseThrow(() -> ApiException.notFound("Request log entry"));
    }

    private String ownKey(String accountId, String keyId) {
        if (keyId == null || keyId.isEmpty()) {
            return null;
        }
        return keys.findInWorkspace(accountId, keyId)
                .orElseThrow(() -> ApiException.notFound("API key"))
                .id();
    }

    private static LoggedRequest last(List<LoggedRequest> entries) {
        return entries.get(entries.size() - 1);
    }
}
