package io.genx3d.requestlogs;

import io.genx3d.errors.ApiException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The {@code status} filter: one status ({@code 404}) or a class ({@code 4xx}), as a range of statuses. */
record StatusFilter(int lowest, int highest) {

    private static final Pattern ONE = Pattern.compile("[1-5][0-9][0-9]");
    private static final Pattern CLASS = Pattern.compile("[1-5]xx");

    /** Null when absent; a 400 on {@code status} for anything but a status or a class. */
    static StatusFilter parse(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        String value = status.strip().toLowerCase(Locale.ROOT);
        if (ONE.matcher(value).matches()) {
            int exact = Integer.parseInt(value);
            return new StatusFilter(exact, exact);
        }
        if (CLASS.matcher(value).matches()) {
            int hundreds = (value.charAt(0) - '0') * 100;
            return new StatusFilter(hundreds, hundreds + 99);
        }
        throw ApiException.badField("status", "must be a status such as 404 or a class such as 4xx");
    }
}
