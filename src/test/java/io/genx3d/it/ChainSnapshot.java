package io.genx3d.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit chain's rows from one event on, and its head row, exactly as stored (every column), so a test that tampers
 * with the shared server's log can put it back as it was; the audit trigger must be off while restoring.
 */
final class ChainSnapshot {

    private final long fromSeq;
    private final List<Map<String, Object>> events;
    private final Map<String, Object> head;

    private ChainSnapshot(long fromSeq, List<Map<String, Object>> events, Map<String, Object> head) {
        this.fromSeq = fromSeq;
        this.events = events;
        this.head = head;
    }

    static ChainSnapshot from(Connection db, long fromSeq) throws SQLException {
        return UnkeyedRewrite.inOneTransaction(
                db,
                () -> new ChainSnapshot(
                        fromSeq,
                        rows(db, "SELECT * FROM audit_events WHERE seq >= " + fromSeq + " ORDER BY seq"),
                        rows(db, "SELECT * FROM audit_chain WHERE id = 1").get(0)));
    }

    /** Deletes whatever the chain holds from {@code fromSeq} on and writes the saved rows and head back. */
    void restore(Connection db) throws SQLException {
        UnkeyedRewrite.inOneTransaction(db, () -> {
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("DELETE FROM audit_events WHERE seq >= " + fromSeq);
            }
            for (Map<String, Object> event : events) {
                insert(db, event);
            }
            List<String> columns = new ArrayList<>(head.keySet());
            String assignments = String.join(
                    ", ", columns.stream().map(name -> name + " = ?").toList());
            try (PreparedStatement update =
                    db.prepareStatement("UPDATE audit_chain SET " + assignments + " WHERE id = 1")) {
                for (int i = 0; i < columns.size(); i++) {
                    update.setObject(i + 1, head.get(columns.get(i)));
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    private static void insert(Connection db, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO audit_events (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(name -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                insert.setObject(i + 1, row.get(columns.get(i)));
            }
            insert.executeUpdate();
        }
    }

    private static List<Map<String, Object>> rows(Connection db, String query) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
