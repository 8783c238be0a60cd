package io.genx3d.usage;

import io.genx3d.storage.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stored hourly usage. Counts are added with {@code UPDATE … SET n = n + ?} (or inserted), in one local JDBC
 * transaction per batch: plain JDBC because the last batch is written while the server shuts down, when the JTA
 * transaction service has already stopped. Reads go through JPA.
 */
@ApplicationScoped
public class UsageStore {

    private static final String ADD = "UPDATE key_usage SET requests = requests + ?, ok = ok + ?, "
            + "client_errors = client_errors + ?, rate_limited = rate_limited + ?, server_errors = server_errors + ?, "
            + "auth_failures = auth_failures + ? WHERE id = ?";
    private static final String INSERT = "INSERT INTO key_usage (id, key_id, hour_start, requests, ok, client_errors, "
            + "rate_limited, server_errors, auth_failures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationDataSource dataSource;

    public void add(Map<UsageRecorder.Slot, UsageCounts> batch) {
        try (Connection connection = dataSource.get().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement add = connection.prepareStatement(ADD);
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Map.Entry<UsageRecorder.Slot, UsageCounts> entry : batch.entrySet()) {
                    String id =
                            KeyUsage.idOf(entry.getKey().keyId(), entry.getKey().hour());
                    if (update(add, id, entry.getValue()) == 0) {
                        insert(insert, id, entry.getKey(), entry.getValue());
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write usage counts", e);
        }
    }

    private static int update(PreparedStatement add, String id, UsageCounts counts) throws SQLException {
        setCounts(add, 1, counts);
        add.setString(7, id);
        return add.executeUpdate();
    }

    private static void insert(PreparedStatement insert, String id, UsageRecorder.Slot slot, UsageCounts counts)
            throws SQLException {
        insert.setString(1, id);
        insert.setString(2, slot.keyId());
        insert.setObject(3, LocalDateTime.ofInstant(slot.hour(), ZoneOffset.UTC));
        setCounts(insert, 4, counts);
        insert.executeUpdate();
    }

    private static void setCounts(PreparedStatement statement, int first, UsageCounts counts) throws SQLException {
        statement.setLong(first, counts.requests());
        statement.setLong(first + 1, counts.ok());
        statement.setLong(first + 2, counts.clientErrors());
        statement.setLong(first + 3, counts.rateLimited());
        statement.setLong(first + 4, counts.serverErrors());
        statement.setLong(first + 5, counts.authFailures());
    }

    /** Rows of the given keys with {@code from <= hour < to}, ordered by key and hour. */
    public List<KeyUsage> between(Collection<String> keyIds, Instant from, Instant to) {
        if (keyIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("KeyUsage.between", KeyUsage.class)
                .setParameter("keyIds", keyIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
