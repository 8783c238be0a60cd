package io.genx3d.requestlogs;

import java.time.Instant;

/**
 * Which entries a listing wants: one key's (null for all), a status or class (null for all), and a time range
 * ({@code from <= time <= to}, either end open when null).
 */
record RequestLogFilter(String keyId, StatusFilter statuses, Instant from, Instant to) {}
