package io.genx3d.audit;

import java.util.List;

/** One page of audit events, newest first; {@code next_cursor} is null on the last page. */
public record AuditEventPage(List<AuditEventView> data, String nextCursor) {}
