package io.genx3d.usage;

import io.genx3d.keys.ApiKeys;
import io.genx3d.keys.KeyAnomalies;
import io.genx3d.keys.KeyAnomaly;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reading usage: the hourly series of some keys and their anomalies. Pending counts are flushed first, so a
 * caller sees its own traffic at once.
 */
@ApplicationScoped
public class Usage implements KeyAnomalies {

    @Inject
    UsageRecorder recorder;

    @Inject
    UsageStore store;

    @Inject
    ApiKeys keys;

    @Inject
    @ConfigProperty(name = "genx3d.usage.anomaly-factor", defaultValue = "10")
    double factor;

    @Inject
    @ConfigProperty(name = "genx3d.usage.anomaly-min-requests", defaultValue = "100")
    long minRequests;

    @Inject
    @ConfigProperty(name = "genx3d.usage.auth-failure-burst", defaultValue = "10")
    long authFailureBurst;

    @Inject
    @ConfigProperty(name = "genx3d.usage.throttled-min", defaultValue = "3")
    long throttledMin;

    @Inject
    @ConfigProperty(name = "genx3d.usage.throttled-share", defaultValue = "0.25")
    double throttledShare;

    private AnomalyRules rules;

    @PostConstruct
    void init() {
        rules = new AnomalyRules(factor, minRequests, authFailureBurst, throttledMin, throttledShare);
    }

    /** Each key's hourly counts, its line's: a rolled key's history goes on under its successor. */
    public List<HourlyUsage> series(Collection<String> keyIds, Instant from, Instant to) {
        recorder.flush();
        return byLine(keyIds, from, to).stream().map(HourlyUsage::of).toList();
    }

    /** The account's dashboard sessions' hourly counts. */
    public List<HourlyUsage> dashboardSeries(String accountId, Instant from, Instant to) {
        recorder.flush();
        return store.between(List.of(DashboardUsage.lineOf(accountId)), from, to).stream()
                .map(HourlyUsage::of)
                .toList();
    }

    /** The usage rows of each key's whole line, summed per key and hour, ordered by key and hour. */
    private List<KeyUsage> byLine(Collection<String> keyIds, Instant from, Instant to) {
        Map<String, List<String>> lines = keys.lines(keyIds);
        Map<String, List<String>> askedFor = new HashMap<>();
        lines.forEach((asked, members) -> members.forEach(member ->
                askedFor.computeIfAbsent(member, m -> new ArrayList<>()).add(asked)));
        Map<String, Map<Instant, UsageCounts>> summed = new TreeMap<>();
        for (KeyUsage row : store.between(askedFor.keySet(), from, to)) {
            for (String asked : askedFor.getOrDefault(row.keyId(), List.of())) {
                summed.computeIfAbsent(asked, k -> new TreeMap<>())
                        .merge(row.hourStart(), row.counts(), UsageCounts::plus);
            }
        }
        List<KeyUsage> rows = new ArrayList<>();
        summed.forEach((keyId, hours) -> hours.forEach((hour, counts) -> rows.add(new KeyUsage(keyId, hour, counts))));
        return rows;
    }

    /** Each key's anomaly in the current or the previous hour, if it has one. */
    @Override
    public Map<String, KeyAnomaly> anomalies(Collection<String> keyIds, Instant now) {
        recorder.flush();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant from = hour.minus(Duration.ofHours(AnomalyRules.TRAILING_HOURS + 1L));
        Map<String, Map<Instant, UsageCounts>> byKey = new HashMap<>();
        for (KeyUsage row : byLine(keyIds, from, hour.plus(Duration.ofHours(1)))) {
            byKey.computeIfAbsent(row.keyId(), ignored -> new HashMap<>()).put(row.hourStart(), row.counts());
        }
        Map<String, Instant> since = keys.lineStarts(byKey.keySet());
        Map<String, KeyAnomaly> anomalies = new HashMap<>();
        byKey.forEach((keyId, hours) -> check(hours, hour, since.get(keyId))
                .or(() -> check(hours, hour.minus(Duration.ofHours(1)), since.get(keyId)))
                .ifPresent(anomaly -> anomalies.put(keyId, anomaly)));
        return anomalies;
    }

    private Optional<KeyAnomaly> check(Map<Instant, UsageCounts> hours, Instant hour, Instant since) {
        UsageCounts counts = hours.getOrDefault(hour, UsageCounts.NONE);
        long[] trailing = new long[AnomalyRules.TRAILING_HOURS];
        for (int i = 0; i < trailing.length; i++) {
            Instant earlier = hour.minus(Duration.ofHours(AnomalyRules.TRAILING_HOURS - (long) i));
            trailing[i] = hours.getOrDefault(earlier, UsageCounts.NONE).requests();
        }
        return rules.check(hour, counts, trailing, since == null ? hour : since);
    }
}
