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
 * it. The rows are put back and the trigger turned on again at the end, and the chain verifies again.
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
