package io.genx3d.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding 13: one JSON value and nothing after it, and the provider's own limits are a 400, never a 500. */
class JsonBodiesTest {

    private static JsonValue parse(String body) {
        return JsonBodies.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertBadRequest(String body, String message) {
        ApiException refused = assertThrows(ApiException.class, () -> parse(body), body);
        assertEquals(ErrorCode.BAD_REQUEST, refused.code(), body);
        assertEquals(message, refused.getMessage(), body);
    }

    @Test
    void finding13_anythingAfterTheValueIsRefused() {
        for (String body : new String[] {"[]]]]", "{}}}", "[] []", "{} x", "1 2", "[1],"}) {
            assertBadRequest(body, "Request body is not valid JSON");
        }
    }

    @Test
    void finding13_theProvidersLimitsAreABadRequest() {
        String tooComplex = "Request body is not valid JSON (nested too deeply or too complex)";
        assertBadRequest("[".repeat(1_100) + "]".repeat(1_100), tooComplex);
        assertBadRequest("{\"a\":".repeat(1_100) + "1" + "}".repeat(1_100), tooComplex);
        assertBadRequest("[" + "7".repeat(1_200) + "]", tooComplex);
    }

    @Test
    void emptyAndBlankBodiesAreRefused() {
        assertBadRequest("", "Request body is required");
        assertBadRequest("  \n ", "Request body is not valid JSON");
        assertBadRequest("[1,", "Request body is not valid JSON");
    }

    @Test
    void oneValueWithWhitespaceAroundItIsRead() {
        assertEquals(JsonValue.ValueType.ARRAY, parse(" [{\"a\":[1,2]}] \r\n").getValueType());
        assertEquals(JsonValue.ValueType.OBJECT, parse("{}").getValueType());
        assertEquals(
                999,
                parse("[" + "[".repeat(998) + "]".repeat(998) + "]").toString().length() / 2);
    }

    @Test
    void aBodyPastTheLimitIs413WhileStreaming() {
        ApiException refused = assertThrows(
                ApiException.class, () -> JsonBodies.readBounded(new ByteArrayInputStream(new byte[11]), 10));
        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, refused.code());
    }
}
