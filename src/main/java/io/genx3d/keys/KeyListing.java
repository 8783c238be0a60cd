package io.genx3d.keys;

import io.genx3d.ratelimit.RateLimitPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Keys as listed to their owner or an admin: each with its anomaly flag, found with one usage query. */
public final class KeyListing {

    private KeyListing() {}

    public static List<KeyView> of(List<ApiKey> keys, KeyAnomalies usage, RateLimitPolicy limits) {
        Instant now = Instant.now();
        Map<String, KeyAnomaly> anomalies =
                usage.anomalies(keys.stream().map(ApiKey::id).toList(), now);
        return keys.stream()
                .map(key ->
                        KeyView.of(key, now, anomalies.get(key.id()), limits.effective(key.rateLimit(), planOf(key))))
                .toList();
    }

    /** The plan a key's limit is capped by: its project's limit for a project key, else its account's. */
    static Integer planOf(ApiKey key) {
        return key.project() != null ? key.project().rateLimit() : key.account().maxRateLimit();
    }
}
