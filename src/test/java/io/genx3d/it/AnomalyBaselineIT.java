package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.SharedServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A traffic spike needs a baseline: a key whose line has a week of history (its creation moved back eight days,
 * straight in PostgreSQL, as the test owns that database) is flagged for a sudden busy hour, where the same hour of a
 * new key is not ({@code UsageIT.aNewKeysFirstBusyHourIsNotASpike}).
 */
@Tag("postgresql-only")
class AnomalyBaselineIT extends DeployedApiTest {

    @Test
    void aSuddenBurstOfAKeyWithAWeekOfHistoryIsFlagged() throws SQLException {
        Api.Session session = api.newSession();
        JsonObject created = api.createKey(session, "{\"name\":\"a week old\"}").json();
        try (Connection db = connect();
                PreparedStatement backdate = db.prepareStatement(
                        "UPDATE api_keys SET created_at = created_at - INTERVAL '8 days' WHERE id = ?")) {
            backdate.setString(1, created.getString("id"));
            assertEquals(1, backdate.executeUpdate());
        }
        for (int i = 0; i < 100; i++) {
            api.get("/api/v1/scopes", bearer(created.getString("key")));
        }
        JsonObject anomaly = api.get("/api/v1/keys/" + created.getString("id"), "Cookie", session.cookie())
                .json()
                .getJsonObject("anomaly");
        assertEquals("traffic_spike", anomaly.getString("reason"));
        assertEquals(100, anomaly.getInt("count"));
        assertEquals(0, anomaly.getInt("baseline"));
        assertTrue(api.get("/api/v1/usage", "Cookie", session.cookie())
                .json()
                .getJsonArray("anomalies")
                .getJsonObject(0)
                .getString("key_id")
                .equals(created.getString("id")));
    }

    private static Connection connect() throws SQLException {
        Map<String, String> database = SharedServer.database();
        return DriverManager.getConnection(
                database.get("GENX3D_DB_URL"), database.get("GENX3D_DB_USER"), database.get("GENX3D_DB_PASSWORD"));
    }
}
