package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.SharedServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audit log on PostgreSQL: the table refuses {@code UPDATE} and {@code DELETE} from anyone, and when someone who
 * can get past that (the table's owner, turning the trigger off) edits or deletes an event, the verification names
 * it — also when they recompute every later link and the chain's head exactly as the unkeyed SHA-256 chain is
 * computed (finding 9 of the security review): with the database's own credentials but without the audit chain key,
 * no rewrite verifies. The rows are put back and the trigger turned on again at the end, and the chain verifies
 * again.
 */
@Tag("postgresql-only")
class AuditTamperIT extends DeployedApiTest {

    private static final String TRIGGER = "audit_events_append_only";

    @Test
    void theTableRefusesChangesAndAnEditedOrDeletedEventIsFound() throws SQLException {
        String adminKey = adminKey();
        Api.Session session = api.newSession();
        for (int i = 0; i < 3; i++) {
            api.createKey(session, "{\"name\":\"evidence " + i + "\"}");
        }
        JsonObject newest = api.get("/api/v1/audit-events?type=key.created&limit=2", "Cookie", session.cookie())
                .json()
                .getJsonArray("data")
                .getJsonObject(1);
        long seq = newest.getJsonNumber("seq").longValue();
        assertTrue(verification(adminKey).getBoolean("valid"));

        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_events SET details = '{}' WHERE seq = " + seq));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_events WHERE seq = " + seq));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_events"));
            // The one exception besides pruning lets a MAC be renewed, never the content changed.
            sql.execute("SELECT set_config('genx3d.audit_rekeying', 'on', false)");
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_events SET target = 'key_forged' WHERE seq = " + seq));
            sql.execute("SELECT set_config('genx3d.audit_rekeying', 'off', false)");

            sql.execute("ALTER TABLE audit_events DISABLE TRIGGER " + TRIGGER);
            try {
                String details = newest.getJsonObject("details").toString();
                sql.executeUpdate("UPDATE audit_events SET target = 'key_forged' WHERE seq = " + seq);
                JsonObject edited = verification(adminKey);
                assertFalse(edited.getBoolean("valid"));
                assertEquals(
                        seq,
                        edited.getJsonObject("first_broken")
                                .getJsonNumber("seq")
                                .longValue());
                assertEquals("altered", edited.getJsonObject("first_broken").getString("problem"));
                sql.executeUpdate(
                        "UPDATE audit_events SET target = '" + newest.getString("target") + "' WHERE seq = " + seq);
                assertTrue(verification(adminKey).getBoolean("valid"), "restored: " + details);

                List<Object> row = row(db, seq);
                sql.executeUpdate("DELETE FROM audit_events WHERE seq = " + seq);
                JsonObject deleted = verification(adminKey);
                assertFalse(deleted.getBoolean("valid"));
                assertEquals(
                        seq,
                        deleted.getJsonObject("first_broken")
                                .getJsonNumber("seq")
                                .longValue());
                assertEquals("missing", deleted.getJsonObject("first_broken").getString("problem"));
                insert(db, row);
            } finally {
                sql.execute("ALTER TABLE audit_events ENABLE TRIGGER " + TRIGGER);
            }
        }
        assertTrue(verification(adminKey).getBoolean("valid"), "the rows are back and the chain holds again");
    }

    /**
     * Finding 9: stop nothing, switch the trigger off, change one event and recompute its hash, every later event's
     * {@code prev_hash} and {@code hash} and {@code audit_chain.last_hash} exactly as the unkeyed chain is computed.
     * Without the chain key the edited event is still named.
     */
    @Test
    void finding9_anEditWithRecomputedLinksIsCaughtWithoutTheChainKey() throws SQLException {
        String adminKey = adminKey();
        List<JsonObject> created = threeKeyCreations();
        JsonObject edited = created.get(0);
        long seq = edited.getJsonNumber("seq").longValue();
        assertTrue(verification(adminKey).getBoolean("valid"));

        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE audit_events DISABLE TRIGGER " + TRIGGER);
            ChainSnapshot original = ChainSnapshot.from(db, seq);
            try {
                UnkeyedRewrite.editAndRelink(db, seq, "target", "key_forged");
                JsonObject rewritten = verification(adminKey);
                assertFalse(rewritten.getBoolean("valid"), "an edit with recomputed links verified: " + rewritten);
                JsonObject broken = rewritten.getJsonObject("first_broken");
                assertEquals(seq, broken.getJsonNumber("seq").longValue(), rewritten.toString());
                assertEquals(edited.getString("id"), broken.getString("event_id"), rewritten.toString());
                assertEquals("altered", broken.getString("problem"), rewritten.toString());
            } finally {
                original.restore(db);
                sql.execute("ALTER TABLE audit_events ENABLE TRIGGER " + TRIGGER);
            }
        }
        assertTrue(verification(adminKey).getBoolean("valid"), "the rows are back and the chain holds again");
    }

    /**
     * Finding 9, a deletion: an event is removed, the later ones are renumbered to close the gap and every link and
     * the head are recomputed as the unkeyed chain is. The event that now stands where the deleted one stood is named.
     */
    @Test
    void finding9_aDeletionWithRenumberedAndRecomputedLinksIsCaughtWithoutTheChainKey() throws SQLException {
        String adminKey = adminKey();
        List<JsonObject> created = threeKeyCreations();
        long seq = created.get(1).getJsonNumber("seq").longValue();
        assertTrue(verification(adminKey).getBoolean("valid"));

        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE audit_events DISABLE TRIGGER " + TRIGGER);
            ChainSnapshot original = ChainSnapshot.from(db, seq);
            try {
                String movedUp = UnkeyedRewrite.deleteAndRelink(db, seq);
                JsonObject rewritten = verification(adminKey);
                assertFalse(rewritten.getBoolean("valid"), "a deletion with recomputed links verified: " + rewritten);
                JsonObject broken = rewritten.getJsonObject("first_broken");
                assertEquals(seq, broken.getJsonNumber("seq").longValue(), rewritten.toString());
                assertEquals(movedUp, broken.getString("event_id"), rewritten.toString());
            } finally {
                original.restore(db);
                sql.execute("ALTER TABLE audit_events ENABLE TRIGGER " + TRIGGER);
            }
        }
        assertTrue(verification(adminKey).getBoolean("valid"), "the rows are back and the chain holds again");
    }

    /** Three keys created in a new session: their {@code key.created} events, oldest first. */
    private List<JsonObject> threeKeyCreations() {
        Api.Session session = api.newSession();
        for (int i = 0; i < 3; i++) {
            api.createKey(session, "{\"name\":\"finding 9 evidence " + i + "\"}");
        }
        List<JsonObject> newestFirst = api.get(
                        "/api/v1/audit-events?type=key.created&limit=3", "Cookie", session.cookie())
                .json()
                .getJsonArray("data")
                .getValuesAs(JsonObject.class);
        assertEquals(3, newestFirst.size());
        return List.of(newestFirst.get(2), newestFirst.get(1), newestFirst.get(0));
    }

    private JsonObject verification(String adminKey) {
        return api.get("/api/v1/audit-events/verification", bearer(adminKey)).json();
    }

    private static Connection connect() throws SQLException {
        Map<String, String> database = SharedServer.database();
        return DriverManager.getConnection(
                database.get("GENX3D_DB_URL"), database.get("GENX3D_DB_USER"), database.get("GENX3D_DB_PASSWORD"));
    }

    private static List<Object> row(Connection db, long seq) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("SELECT * FROM audit_events WHERE seq = " + seq)) {
            assertTrue(rs.next());
            ResultSetMetaData columns = rs.getMetaData();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                values.add(columns.getColumnName(i));
                values.add(rs.getObject(i));
            }
            return values;
        }
    }

    private static void insert(Connection db, List<Object> row) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < row.size(); i += 2) {
            names.add((String) row.get(i));
        }
        String sql = "INSERT INTO audit_events (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 1; i < row.size(); i += 2) {
                insert.setObject(i / 2 + 1, row.get(i));
            }
            insert.executeUpdate();
        }
    }

    private static String adminKey;

    /** The shared server lists audit-admin2@genx3d.test among its admins (see the pom). */
    private String adminKey() {
        if (adminKey == null) {
            adminKey = api.newAdminKey("audit-admin2@genx3d.test");
        }
        return adminKey;
    }
}
