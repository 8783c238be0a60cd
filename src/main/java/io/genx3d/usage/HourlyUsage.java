package io.genx3d.usage;

import java.time.Instant;

/**
 * One row of the usage series: a key's counts for the hour starting at {@code hour}, or (source {@code dashboard},
 * no key) the account's dashboard sessions' — which spend the same plan as its keys.
 */
public record HourlyUsage(
        String keyId,
        String source,
        Instant hour,
        long requests,
        long ok,
        long clientErrors,
        long rateLimited,
        long serverErrors,
        long authFailures) {

    static HourlyUsage of(KeyUsage row) {
        UsageCounts counts = row.counts();
        boolean dashboard = DashboardUsage.isLine(row.keyId());
        return new HourlyUsage(
                dashboard ? null : row.keyId(),
                dashboard ? "dashboard" : "key",
                row.hourStart(),
                counts.requests(),
                counts.ok(),
                counts.clientErrors(),
                counts.rateLimited(),
                counts.serverErrors(),
                counts.authFailures());
    }
}
