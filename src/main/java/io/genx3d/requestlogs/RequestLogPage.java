package io.genx3d.requestlogs;

import java.util.List;

/** One page of request logs, newest first; {@code next_cursor} is null on the last page. */
public record RequestLogPage(List<RequestLogView> data, String nextCursor) {}
