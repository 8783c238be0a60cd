package io.genx3d.requestlogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stored request logs on the real schema (Flyway's migrations on H2): pages, filters, pruning. */
class RequestLogStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

    private RequestLogStore store;

    @BeforeEach
    void migrate() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        store = new RequestLogStore();
        store.dataSource = new FixedDataSource(h2);
    }

    @Test
    void aPageIsNewestFirstAndTheCursorWalksEveryEntryOnce() {
        List<LoggedRequest> written = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            // Every fifth pair shares its millisecond: the id breaks the tie.
            written.add(entry("acct_a", "key_" + (i % 3), NOW.plusMillis(i - i % 2), 200 + (i % 4) * 100));
        }
        written.add(entry("acct_b", "key_b", NOW, 200));
        store.insert(written);

        List<String> seen = new ArrayList<>();
        RequestLogCursor after = null;
        do {
            List<LoggedRequest> page = store.page("acct_a", all(), after, 101);
            List<LoggedRequest> shown = page.subList(0, Math.min(100, page.size()));
            shown.forEach(entry -> seen.add(entry.id()));
            LoggedRequest last = shown.get(shown.size() - 1);
            after = page.size() > 100 ? new RequestLogCursor(last.time(), last.id()) : null;
        } while (after != null);

        List<String> expected = written.stream()
                .filter(entry -> entry.accountId().equals("acct_a"))
                .sorted((one, other) -> one.time().equals(other.time())
                        ? other.id().compareTo(one.id())
                        : other.time().compareTo(one.time()))
                .map(LoggedRequest::id)
                .toList();
        assertEquals(expected, seen);
        assertEquals(250, new HashSet<>(seen).size());
    }

    @Test
    void filtersNarrowByKeyStatusAndTime() {
        List<LoggedRequest> written = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            written.add(entry("acct_a", i % 2 == 0 ? "key_even" : null, NOW.plusSeconds(i), i % 4 == 0 ? 404 : 200));
        }
        written.add(entry("acct_a", "key_even", NOW.plusSeconds(50), 429));
        store.insert(written);

        assertEquals(
                21,
                store.page("acct_a", filter("key_even", null, null, null), null, 100)
                        .size());
        assertEquals(
                10,
                store.page("acct_a", filter(null, "404", null, null), null, 100).size());
        assertEquals(
                11,
                store.page("acct_a", filter(null, "4xx", null, null), null, 100).size());
        assertEquals(
                1,
                store.page("acct_a", filter("key_even", "429", null, null), null, 100)
                        .size());
        assertEquals(
                11, // seconds 10 to 20, both ends included
                store.page("acct_a", filter(null, null, NOW.plusSeconds(10), NOW.plusSeconds(20)), null, 100)
                        .size());
        assertEquals(0, store.page("acct_b", all(), null, 100).size());
        assertEquals(
                21,
                store.page("acct_a", new RequestLogFilter(null, true, null, null, null), null, 100)
                        .size());
        assertEquals(
                20,
                store.page("acct_a", new RequestLogFilter(null, false, null, null, null), null, 100)
                        .size());
    }

    @Test
    void aRequestAnsweredTwiceKeepsItsLaterAnswerAndBlocksNothing() {
        LoggedRequest first = entry("acct_a", "key_1", NOW, 200);
        LoggedRequest again = new LoggedRequest(
                first.id(),
                "acct_a",
                "key_1",
                NOW,
                "GET",
                "/api/v1/models",
                503,
                "SERVICE_UNAVAILABLE",
                9_000,
                null,
                null);
        LoggedRequest other = entry("acct_a", "key_1", NOW.plusSeconds(1), 201);
        store.insert(List.of(first, again));
        assertEquals(503, store.find("acct_a", first.id()).orElseThrow().status(), "within one batch");

        LoggedRequest third = new LoggedRequest(
                first.id(), "acct_a", "key_1", NOW, "GET", "/api/v1/models", 500, "INTERNAL_ERROR", 9_500, null, null);
        store.insert(List.of(third, other));
        assertEquals(500, store.find("acct_a", first.id()).orElseThrow().status(), "across batches");
        assertEquals(201, store.find("acct_a", other.id()).orElseThrow().status(), "the rest of the batch is written");
    }

    @Test
    void oneEntryIsFoundOnlyInItsOwnAccount() {
        LoggedRequest mine = entry("acct_a", "key_1", NOW, 401);
        store.insert(List.of(mine));

        assertEquals(mine, store.find("acct_a", mine.id()).orElseThrow());
        assertTrue(store.find("acct_b", mine.id()).isEmpty());
        assertTrue(store.find("acct_a", "req_unknown").isEmpty());
    }

    @Test
    void pruningDeletesWhatIsOlderThanTheRetentionInBatches() {
        List<LoggedRequest> written = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            written.add(entry("acct_a", "key_1", NOW.minus(Duration.ofDays(31)).plusSeconds(i), 200));
        }
        LoggedRequest recent = entry("acct_a", "key_1", NOW.minus(Duration.ofDays(29)), 200);
        written.add(recent);
        store.insert(written);

        Instant cutoff = NOW.minus(Duration.ofDays(30));
        assertEquals(10, store.prune(cutoff, 10));
        assertEquals(10, store.prune(cutoff, 10));
        assertEquals(3, store.prune(cutoff, 10));
        assertEquals(0, store.prune(cutoff, 10));
        List<LoggedRequest> left = store.page("acct_a", all(), null, 100);
        assertEquals(List.of(recent.id()), left.stream().map(LoggedRequest::id).toList());
    }

    @Test
    void thePrunerDeletesEverythingPastTheRetentionWhateverTheBacklog() {
        List<LoggedRequest> written = new ArrayList<>();
        for (int i = 0; i < RequestLogPruner.BATCH * 2 + 7; i++) {
            written.add(entry("acct_a", "key_1", NOW.minus(Duration.ofDays(40)).plusMillis(i), 200));
        }
        LoggedRequest kept = entry("acct_a", "key_1", NOW.minus(Duration.ofDays(29)), 200);
        written.add(kept);
        store.insert(written);
        RequestLogPruner pruner = new RequestLogPruner();
        pruner.store = store;
        pruner.retention = Duration.ofDays(30);
        pruner.clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertEquals(RequestLogPruner.BATCH * 2 + 7, pruner.prune());
        assertEquals(
                List.of(kept.id()),
                store.page("acct_a", all(), null, 100).stream()
                        .map(LoggedRequest::id)
                        .toList());
        assertEquals(0, pruner.prune());
    }

    private static RequestLogFilter all() {
        return new RequestLogFilter(null, null, null, null);
    }

    private static RequestLogFilter filter(String keyId, String status, Instant from, Instant to) {
        return new RequestLogFilter(keyId, StatusFilter.parse(status), from, to);
    }

    private static LoggedRequest entry(String accountId, String keyId, Instant time, int status) {
        String id = "req_" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
        return new LoggedRequest(
                id,
                accountId,
                keyId,
                time,
                "GET",
                "/api/v1/models",
                status,
                status >= 400 ? "NOT_FOUND" : null,
                1_250,
                "127.0.0.1",
                "test/1.0");
    }
}
