package io.genx3d.requestlogs;

import io.genx3d.storage.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored request logs, in plain JDBC: batches are inserted in one local transaction (the last one while the
 * server shuts down, when JTA has already stopped, as for usage counts), and pages are read after a cursor on
 * (time, id) that walks the {@code (account_id, logged_at, id)} index backwards from the cursor.
 */
@ApplicationScoped
public class RequestLogStore {

    private static final String COLUMNS = "id, account_id, key_id, logged_at, method, path, status, error_code, "
            + "duration_micros, client_address, user_agent";
    private static final String INSERT =
            "INSERT INTO request_log_entries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ANSWER_AGAIN =
            "UPDATE request_log_entries SET status = ?, error_code = ?, duration_micros = ? WHERE id = ? AND account_id = ?";
    private static final String PRUNE = "DELETE FROM request_log_entries WHERE id IN "
            + "(SELECT id FROM request_log_entries WHERE logged_at < ? FETCH FIRST ? ROWS ONLY)";

    @Inject
    ApplicationDataSource dataSource;

    /**
     * Writes the entries in one batch. One request can be answered twice (a streamed export whose body fails after its
     * 200 is mapped to an error, and the response filter runs again): the later answer is kept, within a batch and
     * across batches, so one such request never blocks the others.
     */
    void insert(Collection<LoggedRequest> entries) {
        Map<String, LoggedRequest> byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.put(entry.id(), entry));
        try (Connection connection = dataSource.get().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (LoggedRequest entry : byId.values()) {
                    bind(insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (!isDuplicate(e)) {
                    throw e;
                }
                connection.setAutoCommit(true);
                insertOneByOne(connection, byId.values());
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write request logs", e);
        }
    }

    /** The slow path after a duplicate: each entry alone, an entry already written taking the later answer. */
    private static void insertOneByOne(Connection connection, Collection<LoggedRequest> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement answer = connection.prepareStatement(ANSWER_AGAIN)) {
            for (LoggedRequest entry : entries) {
                try {
                    bind(insert, entry);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!isDuplicate(e)) {
                        throw e;
                    }
                    answer.setInt(1, entry.status());
                    answer.setString(2, entry.errorCode());
                    answer.setLong(3, entry.durationMicros());
                    answer.setString(4, entry.id());
                    answer.setString(5, entry.accountId());
                    answer.executeUpdate();
                }
            }
        }
    }

    /** A unique-key violation (SQLState 23505 on H2 and PostgreSQL alike), anywhere in the chain. */
    private static boolean isDuplicate(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if ("23505".equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The accounts owning these keys (refused keys name no caller, yet their owner should see the refusal); a project
     * key's refusals go to its project's log.
     */
    Map<String, String> ownersOf(Collection<String> keyIds) {
        Map<String, String> owners = new HashMap<>();
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement owner = connection.prepareStatement(
                        "SELECT COALESCE(project_id, account_id) FROM api_keys WHERE id = ?")) {
            for (String keyId : keyIds) {
                owner.setString(1, keyId);
                try (ResultSet row = owner.executeQuery()) {
                    if (row.next()) {
                        owners.put(keyId, row.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the owners of refused keys", e);
        }
        return owners;
    }

    /** Up to {@code limit} entries of the account matching the filter, newest first, after the cursor if any. */
    List<LoggedRequest> page(String accountId, RequestLogFilter filter, RequestLogCursor after, int limit) {
        StringBuilder sql =
                new StringBuilder("SELECT ").append(COLUMNS).append(" FROM request_log_entries WHERE account_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(accountId));
        if (filter.keyId() != null) {
            sql.append(" AND key_id = ?");
            parameters.add(filter.keyId());
        }
        if (filter.keysOnly() != null) {
            sql.append(filter.keysOnly() ? " AND key_id IS NOT NULL" : " AND key_id IS NULL");
        }
        if (filter.statuses() != null) {
            sql.append(" AND status BETWEEN ? AND ?");
            parameters.add(filter.statuses().lowest());
            parameters.add(filter.statuses().highest());
        }
        if (filter.from() != null) {
            sql.append(" AND logged_at >= ?");
            parameters.add(timestamp(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND logged_at <= ?");
            parameters.add(timestamp(filter.to()));
        }
        if (after != null) {
            // (logged_at, id) < (t, id), written so that both databases see a range on the index's time column:
            // H2 walked the index from its top for a row-value comparison, which made page 5,000 a scan of 500,000.
            sql.append(" AND logged_at <= ? AND (logged_at < ? OR id < ?)");
            parameters.add(timestamp(after.time()));
            parameters.add(timestamp(after.time()));
            parameters.add(after.id());
        }
        // Ordered exactly as the index the filter uses is (its first column is fixed by the filter): H2 reads a page
        // from the index only when the ORDER BY repeats the index's columns and directions, and otherwise sorts every
        // entry of the account (200 ms a page at a million); PostgreSQL reads the same index either way.
        sql.append(filter.keyId() != null ? " ORDER BY key_id" : " ORDER BY account_id")
                .append(", logged_at DESC, id DESC FETCH FIRST ? ROWS ONLY");
        parameters.add(limit);
        return query(sql.toString(), parameters);
    }

    Optional<LoggedRequest> find(String accountId, String id) {
        return query(
                        "SELECT " + COLUMNS + " FROM request_log_entries WHERE id = ? AND account_id = ?",
                        List.of(id, accountId))
                .stream()
                .findFirst();
    }

    /** Deletes up to {@code batch} entries older than {@code cutoff}; returns how many went. */
    int prune(Instant cutoff, int batch) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement prune = connection.prepareStatement(PRUNE)) {
            connection.setAutoCommit(true);
            prune.setObject(1, timestamp(cutoff));
            prune.setInt(2, batch);
            return prune.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prune request logs", e);
        }
    }

    private List<LoggedRequest> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<LoggedRequest> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read request logs", e);
        }
    }

    private static void bind(PreparedStatement insert, LoggedRequest entry) throws SQLException {
        insert.setString(1, entry.id());
        insert.setString(2, entry.accountId());
        insert.setString(3, entry.keyId());
        insert.setObject(4, timestamp(entry.time()));
        insert.setString(5, entry.method());
        insert.setString(6, entry.path());
        insert.setInt(7, entry.status());
        insert.setString(8, entry.errorCode());
        insert.setLong(9, entry.durationMicros());
        insert.setString(10, entry.clientAddress());
        insert.setString(11, entry.userAgent());
    }

    private static LoggedRequest read(ResultSet row) throws SQLException {
        return new LoggedRequest(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getString(5),
                row.getString(6),
                row.getInt(7),
                row.getString(8),
                row.getLong(9),
                row.getString(10),
                row.getString(11));
    }

    private static LocalDateTime timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
