package io.genx3d.requestlogs;

import jakarta.ws.rs.QueryParam;

/** The query parameters of {@code GET /request-logs}, as JAX-RS reads them; {@link RequestLogsResource} checks them. */
public class RequestLogQuery {

    @QueryParam("key_id")
    String keyId;

    @QueryParam("source")
    String source;

    @QueryParam("status")
    String status;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    @QueryParam("project_id")
    String projectId;
}
