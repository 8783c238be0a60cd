package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator's probes and scrapers see: MicroProfile Health and Metrics. */
class OperationsIT extends DeployedApiTest {

    @Test
    void readinessNamesTheDatabaseAndItsMigrationsAndLivenessIsUp() {
        Reply ready = api.get("/health/ready", "Authorization", "Bearer " + HardeningIT.SCRAPE_TOKEN);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().getString("status"));
        JsonObject database = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("applied", database.getJsonObject("data").getString("migrations"));

        Reply live = api.get("/health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("UP", live.json().getString("status"));
    }

    @Test
    void requestsAreCountedByStatusAndRateLimitRejectionsApart() {
        long rejectedBefore = metric("genx3d_rate_limit_rejections_total\\{[^}]*\\}");
        long unauthorizedBefore = metric("genx3d_requests_total\\{[^}]*status=\"401\"[^}]*\\}");
        String key = api.createKeyValue(api.newSession(), "{\"name\":\"metered\",\"rate_limit\":1}");
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(429, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(429, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(401, api.get("/api/v1/models").status());

        assertEquals(rejectedBefore + 2, metric("genx3d_rate_limit_rejections_total\\{[^}]*\\}"));
        assertEquals(unauthorizedBefore + 1, metric("genx3d_requests_total\\{[^}]*status=\"401\"[^}]*\\}"));
        assertTrue(metric("genx3d_requests_total\\{[^}]*status=\"429\"[^}]*\\}") >= 2);
    }

    /** Each cache built so far publishes its size and hit rate; a key used twice is found in memory the second time. */
    @Test
    void eachCachePublishesItsSizeAndHitRate() {
        String key = api.createKeyValue(api.newSession(), "{\"name\":\"cached\"}");
        String verifiedKeys = "\\{[^}]*cache=\"verified-keys\"[^}]*\\}";
        long hitsBefore = metric("genx3d_cache_hits" + verifiedKeys);
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertEquals(200, api.get("/api/v1/models", bearer(key)).status());
        assertTrue(metric("genx3d_cache_size" + verifiedKeys) >= 1);
        assertTrue(metric("genx3d_cache_hits" + verifiedKeys) >= hitsBefore + 1);
        for (String cache : List.of(
                "verified-keys", "known-good-keys", "key-uses", "rate-limit-configurations", "audited-refusals")) {
            String tag = "\\{[^}]*cache=\"" + cache + "\"[^}]*\\}";
            double hitRatio = value("genx3d_cache_hit_ratio" + tag).orElseThrow(() -> new AssertionError(cache));
            assertTrue(hitRatio >= 0 && hitRatio <= 1, cache + ": " + hitRatio);
            assertTrue(value("genx3d_cache_size" + tag).isPresent(), cache);
            assertTrue(value("genx3d_cache_evictions" + tag).isPresent(), cache);
        }
    }

    /** A counter's value from the Prometheus text at /metrics (0 when it is not there yet). */
    private long metric(String nameAndLabels) {
        return value(nameAndLabels).map(Double::longValue).orElse(0L);
    }

    private Optional<Double> value(String nameAndLabels) {
        Reply metrics = api.get("/metrics", "Authorization", "Bearer " + HardeningIT.SCRAPE_TOKEN);
        assertEquals(200, metrics.status(), metrics.body());
        Matcher line =
                Pattern.compile("(?m)^" + nameAndLabels + " ([0-9.Ee+-]+)$").matcher(metrics.body());
        return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
    }
}
