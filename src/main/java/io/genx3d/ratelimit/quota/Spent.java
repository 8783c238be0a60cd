package io.genx3d.ratelimit.quota;

/**
 * The answer for one request: allowed or not, what is left of the plan and of the key (for a session, both are the
 * plan), and the window counted in. As a {@code long[]} it crosses the grid, whose members may not know this class.
 */
public record Spent(boolean allowed, long planLeft, long keyLeft, long windowStart) {

    /** The numbers one answer takes in an array. */
    public static final int SIZE = 4;

    public long[] toArray() {
        return new long[] {allowed ? 1 : 0, planLeft, keyLeft, windowStart};
    }

    /** The {@code index}th answer of an array of several. */
    public static Spent fromArray(long[] values, int index) {
        int at = index * SIZE;
        return new Spent(values[at] == 1, values[at + 1], values[at + 2], values[at + 3]);
    }
}
