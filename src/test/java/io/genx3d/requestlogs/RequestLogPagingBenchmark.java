package io.genx3d.requestlogs;

import io.genx3d.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Prints what reading and pruning request logs cost with a million entries in one account (and 200,000 in others),
 * on H2 (a file database, as the server's embedded default) and on PostgreSQL (a server of its own, started from
 * Debian's binaries): the first page, a page half a million entries deep, a page filtered by key and by status, one
 * entry by id, and deleting 100,000 expired entries. Each read is timed {@code bench.reads} times (median and range).
 * Measures; asserts nothing. Run: {@code src/bench/request-logs.sh}.
 */
public final class RequestLogPagingBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);
    private static final int OTHERS = ENTRIES / 5;
    private static final int EXPIRED = ENTRIES / 10;
    private static final int READS = Integer.getInteger("bench.reads", 50);
    private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

    private RequestLogPagingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("genx3d-request-logs-bench");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + dir.resolve("bench") + ";DB_CLOSE_DELAY=-1");
        measure("H2 (file)", h2);
        try (TestPostgres postgres = TestPostgres.start()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(postgres.url(postgres.newDatabase("requestlogs")));
            pg.setUser(TestPostgres.USER);
            pg.setPassword(TestPostgres.PASSWORD);
            measure("PostgreSQL", pg);
        }
    }

    private static void measure(String name, DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        RequestLogStore store = new RequestLogStore();
        store.dataSource = new FixedDataSource(dataSource);
        long started = System.nanoTime();
        fill(store);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %,d entries in account acct_big, %,d in others, written in batches of 10,000 in %.0f s"
                        + " (%,.0f entries/s)%n",
                name,
                ENTRIES,
                OTHERS,
                seconds,
                (ENTRIES + OTHERS) / seconds);
        RequestLogFilter all = new RequestLogFilter(null, null, null, null);
        List<LoggedRequest> first = store.page("acct_big", all, null, 101);
        RequestLogCursor deep = deepCursor(store, all);
        String oneId = first.get(50).id();
        time("first page (100)", () -> store.page("acct_big", all, null, 101));
        time("page 5,000 (500,000 entries deep)", () -> store.page("acct_big", all, deep, 101));
        time(
                "one key's first page",
                () -> store.page("acct_big", new RequestLogFilter("key_1", null, null, null), null, 101));
        time(
                "status=4xx (a tenth of entries)",
                () -> store.page(
                        "acct_big", new RequestLogFilter(null, StatusFilter.parse("4xx"), null, null), null, 101));
        time(
                "status=500 (one in a thousand)",
                () -> store.page(
                        "acct_big", new RequestLogFilter(null, StatusFilter.parse("500"), null, null), null, 101));
        time(
                "one day, 15 days ago",
                () -> store.page(
                        "acct_big",
                        new RequestLogFilter(
                                null, null, NOW.minus(Duration.ofDays(15)), NOW.minus(Duration.ofDays(14))),
                        null,
                        101));
        time("one entry by id", () -> store.find("acct_big", oneId).stream().toList());
        long pruneStart = System.nanoTime();
        long slowest = 0;
        long deleted = 0;
        int batch;
        do {
            long before = System.nanoTime();
            batch = store.prune(NOW.minus(Duration.ofDays(30)), RequestLogPruner.BATCH);
            slowest = Math.max(slowest, System.nanoTime() - before);
            deleted += batch;
        } while (batch == RequestLogPruner.BATCH);
        System.out.printf(
                Locale.ROOT,
                "  pruned %,d expired entries in %.1f s, batches of %,d, the slowest batch %.0f ms%n",
                deleted,
                (System.nanoTime() - pruneStart) / 1e9,
                RequestLogPruner.BATCH,
                slowest / 1e6);
    }

    /** A million entries over the last 30 days, and a tenth more beyond them (to prune). */
    private static void fill(RequestLogStore store) {
        int total = ENTRIES + OTHERS + EXPIRED;
        long span = Duration.ofDays(30).toMillis();
        List<LoggedRequest> batch = new ArrayList<>(10_000);
        for (int i = 0; i < total; i++) {
            boolean big = i < ENTRIES;
            boolean expired = i >= ENTRIES + OTHERS;
            Instant time = expired
                    ? NOW.minus(Duration.ofDays(31)).minusMillis(i % 1_000_000)
                    : NOW.minusMillis((long) ((double) (i % ENTRIES) / ENTRIES * span));
            int status = i % 1000 == 7 ? 500 : i % 10 == 3 ? 404 : 200;
            batch.add(new LoggedRequest(
                    String.format(Locale.ROOT, "req_%017d", i),
                    big ? "acct_big" : "acct_" + (i % 997),
                    "key_" + (i % 3),
                    time,
                    "GET",
                    "/api/v1/models",
                    status,
                    status == 200 ? null : status == 404 ? "NOT_FOUND" : "INTERNAL_ERROR",
                    1_500,
                    "127.0.0.1",
                    "bench/1.0"));
            if (batch.size() == 10_000) {
                store.insert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.insert(batch);
        }
    }

    private static RequestLogCursor deepCursor(RequestLogStore store, RequestLogFilter all) {
        RequestLogCursor cursor = null;
        for (int page = 0; page < 5_000; page++) {
            List<LoggedRequest> found = store.page("acct_big", all, cursor, 100);
            LoggedRequest last = found.get(found.size() - 1);
            cursor = new RequestLogCursor(last.time(), last.id());
        }
        return cursor;
    }

    private static void time(String what, Supplier<List<LoggedRequest>> read) {
        for (int i = 0; i < 5; i++) {
            read.get();
        }
        double[] millis = new double[READS];
        int found = 0;
        for (int i = 0; i < READS; i++) {
            long before = System.nanoTime();
            found = read.get().size();
            millis[i] = (System.nanoTime() - before) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "  %-36s median %7.2f ms (range %.2f–%.2f ms, %d reads, %d rows)%n",
                what,
                millis[READS / 2],
                millis[0],
                millis[READS - 1],
                READS,
                found);
    }
}
