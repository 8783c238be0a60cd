package io.genx3d.storage;

import io.genx3d.errors.ApiException;

/** The {@code limit} query parameter of every listing: 1 to 100, 20 when absent. */
public final class PageSize {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageSize() {}

    public static int parse(String limit) {
        if (limit == null) {
            return DEFAULT;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // Falls through to the same answer as an out-of-range number.
        }
        throw ApiException.badField("limit", "must be a whole number from 1 to " + MAX);
    }
}
