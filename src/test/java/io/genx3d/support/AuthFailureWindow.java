package io.genx3d.support;

import java.time.Instant;

/**
 * The failed-authentication allowance (20 a minute in tests) refills at every minute boundary. A test that spends the
 * allowance and then expects a 429 must do so within one window, or the 21st attempt lands in a fresh one and is
 * answered 401 again (seen once in CI, in HardeningIT): this waits for the next window when too little of this one is
 * left.
 */
public final class AuthFailureWindow {

    private AuthFailureWindow() {}

    /** Returns at once if at least {@code seconds} of the current window remain, else just after the next begins. */
    public static void awaitAtLeast(int seconds) throws InterruptedException {
        long secondOfMinute = Instant.now().getEpochSecond() % 60;
        if (60 - secondOfMinute < seconds) {
            Thread.sleep((60 - secondOfMinute) * 1000 + 200);
        }
    }
}
