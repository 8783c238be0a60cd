package io.genx3d.audit;

import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of an audit-event listing, as JAX-RS reads them ({@code @BeanParam}), shared by the owner's
 * and the admin's listing; {@link AuditListing} checks them.
 */
public class AuditQuery {

    @QueryParam("type")
    String type;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;
}
