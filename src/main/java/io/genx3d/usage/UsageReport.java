package io.genx3d.usage;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/usage}: the hourly series in {@code [from, to)} and the keys that look anomalous now. */
public record UsageReport(Instant from, Instant to, List<HourlyUsage> data, List<FlaggedKey> anomalies) {

    public record FlaggedKey(String keyId, String reason, Instant hour, long count, double baseline) {}
}
