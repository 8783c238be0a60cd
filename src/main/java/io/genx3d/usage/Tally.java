package io.genx3d.usage;

import java.util.concurrent.atomic.LongAdder;

/**
 * One key's counts for one hour while they are being counted. Every request of a busy key adds to the same
 * tally at once; adders spread those additions over cells instead of making the threads take turns (as
 * replacing an immutable {@link UsageCounts} in a map did, under the map's lock for that key).
 */
final class Tally {

    private final LongAdder requests = new LongAdder();
    private final LongAdder ok = new LongAdder();
    private final LongAdder clientErrors = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder authFailures = new LongAdder();

    void add(UsageCounts counts) {
        addIfAny(requests, counts.requests());
        addIfAny(ok, counts.ok());
        addIfAny(clientErrors, counts.clientErrors());
        addIfAny(rateLimited, counts.rateLimited());
        addIfAny(serverErrors, counts.serverErrors());
        addIfAny(authFailures, counts.authFailures());
    }

    UsageCounts counts() {
        return new UsageCounts(
                requests.sum(),
                ok.sum(),
                clientErrors.sum(),
                rateLimited.sum(),
                serverErrors.sum(),
                authFailures.sum());
    }

    private static void addIfAny(LongAdder adder, long amount) {
        if (amount != 0) {
            adder.add(amount);
        }
    }
}
