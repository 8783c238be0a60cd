package io.genx3d.ratelimit.quota;

/**
 * The answer for one request: allowed or not, what is left of the plan and of the key (for a session, both are the
 * plan), and the window counted in. As a {@code long[]} it crosses the grid, whose members may not know this class.
 */
public record Spent(boolean allowed, long planLeft, long keyLeft, long windowStart) {

    public long[] toArray() {
        return new long[] {allowed ? 1 : 0, planLeft, keyLeft, windowStart};
    }

    public static Spent fromArray(long[] values) {
        return new Spent(values[0] == 1, values[1], values[2], values[3]);
    }
}
