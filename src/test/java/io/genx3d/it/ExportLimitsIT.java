package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 1: an export is streamed, bounded in size (a {@code 422} naming the limit before any work) and in
 * how many run at once (a {@code 503} with {@code Retry-After} beyond the bulkhead), so no model can exhaust the heap.
 */
class ExportLimitsIT extends DeployedApiTest {

    private static final int TORUS_TRIANGLES = 1024;

    @Test
    void aModelOverTheTriangleLimitIsRefusedNamingTheLimit() {
        String key = api.newStandardKey();
        String id = modelOfTori(key, 10_000);
        Reply refused = api.get("/api/v1/models/" + id + "/export?format=stl", bearer(key));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("EXPORT_TOO_LARGE", refused.error().getString("code"));
        assertEquals(
                "This model exports to 10,240,000 triangles; one export may hold at most 1,000,000",
                refused.error().getString("message"));
        assertEquals(1_000_000, refused.error().getJsonObject("details").getInt("max_triangles"));
    }

    @Test
    void aLargeExportIsStreamedWithoutALengthKnownInAdvance() {
        String key = api.newStandardKey();
        String id = modelOfTori(key, 200);
        HttpResponse<byte[]> stl = api.sendBytes(api.request("/api/v1/models/" + id + "/export?format=stl", bearer(key))
                .GET());
        assertEquals(200, stl.statusCode());
        assertTrue(
                stl.headers().firstValue("Content-Length").isEmpty(),
                "a file built whole in memory is sent with its length; a streamed one is chunked");
        assertEquals(84 + 50L * 200 * TORUS_TRIANGLES, stl.body().length);
    }

    @Test
    void exportsBeyondTheBulkheadAreRefusedWithRetryAfterUntilOneEnds() throws Exception {
        String key = api.newStandardKey();
        String id = modelOfTori(key, 900);
        String path = "/api/v1/models/" + id + "/export?format=stl";
        // Four clients that start a 46 MB download and stop reading: each holds one of the four places.
        List<InputStream> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                HttpResponse<InputStream> started = client.send(
                        api.request(path, bearer(key)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, started.statusCode());
                stalled.add(started.body());
            }
            Reply fifth = api.get(path, bearer(key));
            assertEquals(503, fifth.status(), fifth.body());
            assertEquals("SERVICE_UNAVAILABLE", fifth.error().getString("code"));
            assertEquals("1", fifth.headers().firstValue("Retry-After").orElseThrow());
        } finally {
            for (InputStream download : stalled) {
                closeQuietly(download);
            }
        }
        assertEquals(200, exportOnceAPlaceIsFree(key, "/api/v1/models/" + modelOfTori(key, 1) + "/export?format=stl"));
    }

    private int exportOnceAPlaceIsFree(String key, String path) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int status = api.get(path, bearer(key)).status();
            if (status != 503) {
                return status;
            }
            Thread.sleep(100);
        }
        return 503;
    }

    private String modelOfTori(String key, int count) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < count; i++) {
            parts.append(i == 0 ? "" : ",")
                    .append("{\"primitive\":\"torus\",\"position\":[")
                    .append(i % 100)
                    .append(",0,")
                    .append(i / 100)
                    .append("]}");
        }
        Reply created = api.post("/api/v1/models", "{\"name\":\"rings\",\"parts\":[" + parts + "]}", bearer(key));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private static void closeQuietly(InputStream download) {
        try {
            download.close();
        } catch (IOException ignored) {
            // The test is done with it either way.
        }
    }
}
