package io.genx3d.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * What someone holding the database's credentials, but not the audit chain key, can do to the audit log (finding 9 of
 * the security review): change or remove events and recompute every later link and the chain's head with the
 * published, unkeyed algorithm — SHA-256 over each event's canonical form (every field as its UTF-8 length, a colon
 * and its text, {@code -1:} for null, starting with the previous event's hash). Written from the documentation, with
 * nothing of the server's code, the way an attacker would; the audit trigger must already be off.
 */
final class UnkeyedRewrite {

    private UnkeyedRewrite() {}

    /** Sets one column of event {@code seq} and recomputes its link and every later one, and the head. */
    static void editAndRelink(Connection db, long seq, String column, String value) throws SQLException {
        inOneTransaction(db, () -> {
            try (PreparedStatement edit =
                    db.prepareStatement("UPDATE audit_events SET " + column + " = ? WHERE seq = ?")) {
                edit.setString(1, value);
                edit.setLong(2, seq);
                if (edit.executeUpdate() != 1) {
                    throw new SQLException("no event " + seq);
                }
            }
            relinkFrom(db, seq);
            return null;
        });
    }

    /**
     * Deletes event {@code seq}, renumbers the later ones to close the gap, recomputes every link from there and the
     * head; answers the id of the event that now has number {@code seq}.
     */
    static String deleteAndRelink(Connection db, long seq) throws SQLException {
        return inOneTransaction(db, () -> {
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("DELETE FROM audit_events WHERE seq = " + seq);
                sql.executeUpdate("UPDATE audit_events SET seq = -seq WHERE seq > " + seq);
                sql.executeUpdate("UPDATE audit_events SET seq = -seq - 1 WHERE seq < 0");
            }
            relinkFrom(db, seq);
            try (Statement sql = db.createStatement();
                    ResultSet moved = sql.executeQuery("SELECT id FROM audit_events WHERE seq = " + seq)) {
                if (!moved.next()) {
                    throw new SQLException("no event after " + seq + " to move up");
                }
                return moved.getString(1);
            }
        });
    }

    private static void relinkFrom(Connection db, long seq) throws SQLException {
        String previous = previousHash(db, seq);
        long last = seq - 1;
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT * FROM audit_events WHERE seq >= " + seq + " ORDER BY seq");
                PreparedStatement relink =
                        db.prepareStatement("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            while (rows.next()) {
                last = rows.getLong("seq");
                String hash = unkeyedHash(previous, rows);
                relink.setString(1, previous);
                relink.setString(2, hash);
                relink.setLong(3, last);
                relink.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head =
                db.prepareStatement("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, last);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }

    private static String previousHash(Connection db, long seq) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet before = sql.executeQuery("SELECT hash FROM audit_events WHERE seq = " + (seq - 1))) {
            if (before.next()) {
                return before.getString(1);
            }
        }
        try (Statement sql = db.createStatement();
                ResultSet head = sql.executeQuery("SELECT pruned_to_hash FROM audit_chain WHERE id = 1")) {
            head.next();
            return head.getString(1);
        }
    }

    private static String unkeyedHash(String previous, ResultSet row) throws SQLException {
        StringBuilder form = new StringBuilder();
        String occurredAt = row.getObject("occurred_at", LocalDateTime.class)
                .toInstant(ZoneOffset.UTC)
                .toString();
        for (String field : new String[] {
            previous,
            Long.toString(row.getLong("seq")),
            row.getString("id"),
            occurredAt,
            row.getString("type"),
            row.getString("account_id"),
            row.getString("actor"),
            row.getString("actor_key_id"),
            row.getString("actor_session"),
            row.getString("target"),
            row.getString("client_address"),
            row.getString("user_agent"),
            row.getString("details")
        }) {
            form.append(field == null ? "-1:" : field.getBytes(StandardCharsets.UTF_8).length + ":" + field);
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(form.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Runs {@code work} in one transaction that first locks the chain's head, as the server's sealing does, so no
     * event is sealed onto the chain halfway through the rewrite.
     */
    static <T> T inOneTransaction(Connection db, Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.executeQuery("SELECT id FROM audit_chain WHERE id = 1 FOR UPDATE")
                    .close();
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException failed) {
            db.rollback();
            throw failed;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Work against the database inside {@link #inOneTransaction}. */
    interface Work<T> {
        T run() throws SQLException;
    }
}
