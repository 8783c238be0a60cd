package io.genx3d.it;

import static io.genx3d.support.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.support.Api;
import io.genx3d.support.Reply;
import io.genx3d.support.SharedServer;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets the envelope: never HTML, never a stack trace. */
class ErrorsIT extends DeployedApiTest {

    private static final int ONE_MIB = 1024 * 1024;

    static String key;

    @BeforeEach
    void oneKeyForTheClass() {
        if (key == null) {
            key = api.newStandardKey();
        }
    }

    @Test
    void anUnknownApiPathIsAJsonNotFound() {
        Reply reply = api.get("/api/v1/no-such-thing", bearer(key));
        assertEnvelope(reply, 404, "NOT_FOUND");
        assertEquals(
                "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"details\":{\"path\":\"/no-such-thing\"}}}",
                reply.body());
    }

    @Test
    void aPathOutsideTheApiIsAJsonNotFoundToo() {
        Reply reply = api.get("/no/such/page.html");
        assertEnvelope(reply, 404, "NOT_FOUND");
        assertEquals(
                "/no/such/page.html", reply.error().getJsonObject("details").getString("path"));
    }

    @Test
    void aWrongMethodIsAJsonMethodNotAllowedWithAllow() {
        Reply reply = api.send("PUT", "/api/v1/keys", "{}", bearer(key));
        assertEnvelope(reply, 405, "METHOD_NOT_ALLOWED");
        assertTrue(
                reply.header("Allow").contains("GET") && reply.header("Allow").contains("POST"), reply.header("Allow"));
    }

    @Test
    void aWrongContentTypeIsAJsonUnsupportedMediaType() {
        Reply reply = api.send(
                "POST", "/api/v1/models", "name=x", "Content-Type", "text/plain", "Authorization", "Bearer " + key);
        assertEnvelope(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void brokenJsonIsABadRequestSayingWhere() {
        Reply reply = api.post("/api/v1/models", "{\"name\": \"x\",", bearer(key));
        assertEnvelope(reply, 400, "BAD_REQUEST");
        assertEquals("Request body is not valid JSON", reply.error().getString("message"));
        assertTrue(reply.error().getJsonObject("details").containsKey("line"));
    }

    @Test
    void aBodyThatIsNotAnObjectOrIsEmptyIsABadRequest() {
        Reply array = api.post("/api/v1/models", "[1,2]", bearer(key));
        assertEnvelope(array, 400, "BAD_REQUEST");
        assertEquals("Request body must be a JSON object", array.error().getString("message"));
        Reply empty = api.post("/api/v1/models", "", bearer(key));
        assertEnvelope(empty, 400, "BAD_REQUEST");
        assertEquals("Request body is required", empty.error().getString("message"));
    }

    /** Finding 13: text after the body's one JSON value ("{}}}", "{} {}") was ignored instead of refused. */
    @Test
    void finding13_anythingAfterTheBodysJsonValueIsABadRequest() {
        for (String body : new String[] {
            "{\"name\":\"x\"}}}}", "{\"name\":\"x\"} {}", "{\"name\":\"x\"}]", "{\"name\":\"x\"} trailing"
        }) {
            Reply reply = api.post("/api/v1/models", body, bearer(key));
            assertEnvelope(reply, 400, "BAD_REQUEST");
            assertEquals("Request body is not valid JSON", reply.error().getString("message"), body);
        }
        assertEquals(
                201,
                api.post("/api/v1/models", "{\"name\":\"x\"} \r\n", bearer(key)).status());
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        byte[] big = new byte[ONE_MIB + 1];
        Arrays.fill(big, (byte) ' ');
        Reply announced = api.send(
                api.request("/api/v1/models", "Authorization", "Bearer " + key, "Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEnvelope(announced, 413, "PAYLOAD_TOO_LARGE");
        assertEquals(ONE_MIB, announced.error().getJsonObject("details").getInt("limit_bytes"));

        Reply chunked = api.send(
                api.request("/api/v1/models", "Authorization", "Bearer " + key, "Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertEnvelope(chunked, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String padding = " ".repeat(ONE_MIB - 100);
        Reply reply = api.post("/api/v1/models", "{\"name\":\"padded\"}" + padding, bearer(key));
        assertEquals(201, reply.status(), reply.body());
    }

    @Test
    void absurdHeaderAndParameterValuesAreRefusedCleanly() {
        assertEnvelope(api.get("/api/v1/models", bearer("sk-" + "a".repeat(5000))), 401, "UNAUTHORIZED");
        assertEnvelope(
                api.get("/api/v1/models", "Authorization", "Bearer sk-a", "Authorization", "Bearer sk-b"),
                401,
                "UNAUTHORIZED");
        assertEnvelope(api.get("/api/v1/models", "Cookie", "genx3d_session=" + "x".repeat(4000)), 401, "UNAUTHORIZED");
        Reply limit = api.get("/api/v1/models?limit=abc", bearer(key));
        assertEnvelope(limit, 400, "BAD_REQUEST");
        assertEquals("limit", limit.error().getJsonObject("details").getString("field"));
        assertEnvelope(api.get("/api/v1/models?limit=100000", bearer(key)), 400, "BAD_REQUEST");
        assertEnvelope(api.get("/api/v1/models?cursor=%00%01", bearer(key)), 400, "BAD_REQUEST");
    }

    @Test
    void theErrorServletAnswersDirectCallsWithTheEnvelope() {
        assertEnvelope(api.get("/error"), 404, "NOT_FOUND");
    }

    static void assertEnvelope(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(code, reply.error().getString("code"), reply.body());
        assertTrue(reply.error().containsKey("message"));
        assertTrue(reply.error().containsKey("details"));
        assertEquals(1, reply.json().size(), "nothing but the envelope");
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("<html"), reply.body());
    }

    /** Issue 13, point 17: control and NUL characters in names were stored as given. */
    @Test
    void controlCharactersInNamesAreA400() {
        Reply model = api.post("/api/v1/models", "{\"name\":\"cube\\u0000x\"}", bearer(key));
        assertEnvelope(model, 400, "BAD_REQUEST");
        assertEquals("name", model.error().getJsonObject("details").getString("field"));
        Reply part = api.post(
                "/api/v1/models",
                "{\"name\":\"ok\",\"parts\":[{\"primitive\":\"cube\",\"name\":\"bell\\u0007\"}]}",
                bearer(key));
        assertEnvelope(part, 400, "BAD_REQUEST");
        assertEquals("parts[0].name", part.error().getJsonObject("details").getString("field"));
        Reply keyName = api.post("/api/v1/keys", "{\"name\":\"line\\nbreak\"}", bearer(key));
        assertEnvelope(keyName, 400, "BAD_REQUEST");
        Reply account = api.post(
                "/api/v1/accounts",
                "{\"email\":\"" + Api.uniqueEmail("ctl") + "\",\"password\":\"" + Api.PASSWORD
                        + "\",\"name\":\"esc\\u001b[31m\"}");
        assertEnvelope(account, 400, "BAD_REQUEST");
    }

    /**
     * Finding 14: control, zero-width and bidi characters were accepted in email addresses (and an ESC reached the log
     * through the mail that could not be sent). Every place that takes an email refuses them as names are refused.
     */
    @Test
    void finding14_invisibleCharactersInAnEmailAreA400WhereverAnEmailIsTaken() throws Exception {
        int logBefore = SharedServer.log().length();
        String adminKey = api.newAdminKey("edge-admin@genx3d.test");
        List<String> emails = List.of(
                "esc\u001b[31mred@genx3d.test",
                "nul\u0000@genx3d.test",
                "tab\tbed@genx3d.test",
                "del\u007f@genx3d.test",
                "c1\u0085@genx3d.test",
                "zero\u200bwidth@genx3d.test",
                "joiner\u200d@genx3d.test",
                "bom\ufeff@genx3d.test",
                "soft\u00adhyphen@genx3d.test",
                "rtl\u202eoverride@genx3d.test",
                "mark\u200f@genx3d.test",
                "isolate\u2066@genx3d.test",
                "line\u2028sep@genx3d.test",
                "plain@genx3d\u200b.test");
        for (String email : emails) {
            String shown = email.codePoints()
                    .mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c))
                    .collect(java.util.stream.Collectors.joining());
            List<Reply> replies = List.of(
                    api.post(
                            "/api/v1/accounts",
                            Json.createObjectBuilder()
                                    .add("email", email)
                                    .add("password", Api.PASSWORD)
                                    .add("name", "Invisible")
                                    .build()
                                    .toString()),
                    api.post(
                            "/api/v1/sessions",
                            Json.createObjectBuilder()
                                    .add("email", email)
                                    .add("password", Api.PASSWORD)
                                    .build()
                                    .toString()),
                    api.post(
                            "/api/v1/password-resets",
                            Json.createObjectBuilder()
                                    .add("email", email)
                                    .build()
                                    .toString()),
                    api.get(
                            "/api/v1/users?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                            bearer(adminKey)));
            for (Reply reply : replies) {
                assertEnvelope(reply, 400, "BAD_REQUEST");
                assertEquals("email", reply.error().getJsonObject("details").getString("field"), shown);
                assertTrue(reply.error().getString("message").contains("invisible"), shown + ": " + reply.body());
            }
        }
        assertFalse(SharedServer.log().substring(logBefore).contains("esc\u001b[31mred"), "no raw ESC in the log");
    }
}
