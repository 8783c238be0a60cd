package io.genx3d.requestlogs;

import io.genx3d.errors.ApiException;
import java.time.Instant;

/**
 * Which entries a listing wants: one key's (null for all), only keys' or only the dashboard's ({@code keysOnly}: null
 * for both), a status or class (null for all), and a time range ({@code from <= time <= to}, either end open when
 * null).
 */
record RequestLogFilter(String keyId, Boolean keysOnly, StatusFilter statuses, Instant from, Instant to) {

    RequestLogFilter(String keyId, StatusFilter statuses, Instant from, Instant to) {
        this(keyId, null, statuses, from, to);
    }

    /** The {@code source} parameter: {@code key} or {@code dashboard}, or null when absent. */
    static Boolean keysOnly(String source) {
        if (source == null || source.isEmpty()) {
            return null;
        }
        return switch (source) {
            case "key" -> Boolean.TRUE;
            case "dashboard" -> Boolean.FALSE;
            default -> throw ApiException.badField("source", "must be key or dashboard");
        };
    }
}
