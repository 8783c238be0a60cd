package io.genx3d.usage;

import java.time.Instant;

/** One row of the usage series: a key's counts for the hour starting at {@code hour}. */
public record HourlyUsage(
        String keyId,
        Instant hour,
        long requests,
        long ok,
        long clientErrors,
        long rateLimited,
        long serverErrors,
        long authFailures) {

    static HourlyUsage of(KeyUsage row) {
        UsageCounts counts = row.counts();
        return new HourlyUsage(
                row.keyId(),
                row.hourStart(),
                counts.requests(),
                counts.ok(),
                counts.clientErrors(),
                counts.rateLimited(),
                counts.serverErrors(),
                counts.authFailures());
    }
}
