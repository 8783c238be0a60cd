package io.genx3d.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.errors.ApiException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class JsonFieldsTest {

    private static JsonFields fields(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        return JsonFields.of(object, Set.of("name", "count", "tags", "when"));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        assertBadField("permision", () -> fields("{\"permision\":[]}"));
    }

    @Test
    void namesRefuseControlCharacters() {
        assertEquals("Ann Smith – Ø", fields("{\"name\":\"Ann Smith – Ø\"}").requiredName("name", 20));
        for (String control : new String[] {"\\u0000", "\\u0007", "\\n", "\\t", "\\u007f", "\\u009b"}) {
            assertBadField(
                    "name", () -> fields("{\"name\":\"a" + control + "b\"}").requiredName("name", 20));
        }
    }

    @Test
    void stringsAreTypedTrimmedAndBounded() {
        assertEquals("Ann", fields("{\"name\":\"  Ann \"}").requiredString("name", 10));
        assertBadField("name", () -> fields("{}").requiredString("name", 10));
        assertBadField("name", () -> fields("{\"name\":null}").requiredString("name", 10));
        assertBadField("name", () -> fields("{\"name\":42}").requiredString("name", 10));
        assertBadField("name", () -> fields("{\"name\":\"   \"}").requiredString("name", 10));
        assertBadField(
                "name", () -> fields("{\"name\":\"" + "x".repeat(11) + "\"}").requiredString("name", 10));
    }

    @Test
    void wholeNumbersAreRangeChecked() {
        assertEquals(
                5L, fields("{\"count\":5}").optionalWholeNumber("count", 1, 10).orElseThrow());
        assertTrue(fields("{}").optionalWholeNumber("count", 1, 10).isEmpty());
        assertBadField("count", () -> fields("{\"count\":-1}").optionalWholeNumber("count", 1, 10));
        assertBadField("count", () -> fields("{\"count\":1.5}").optionalWholeNumber("count", 1, 10));
        assertBadField("count", () -> fields("{\"count\":\"5\"}").optionalWholeNumber("count", 1, 10));
        assertBadField("count", () -> fields("{\"count\":1e400}").optionalWholeNumber("count", 1, 10));
    }

    @Test
    void stringListsRejectOtherItems() {
        assertEquals(
                List.of("a", "b"),
                fields("{\"tags\":[\"a\",\"b\"]}").optionalStringList("tags", 5).orElseThrow());
        assertBadField("tags", () -> fields("{\"tags\":\"a\"}").optionalStringList("tags", 5));
        assertBadField("tags", () -> fields("{\"tags\":[1]}").optionalStringList("tags", 5));
        assertBadField("tags", () -> fields("{\"tags\":[\"a\",\"b\",\"c\"]}").optionalStringList("tags", 2));
    }

    @Test
    void instantsNeedAZoneAndAreNormalisedToUtcSeconds() {
        assertEquals(
                Instant.parse("2030-12-31T21:59:59Z"),
                fields("{\"when\":\"2030-12-31T23:59:59.750+02:00\"}")
                        .optionalInstant("when")
                        .orElseThrow());
        assertBadField(
                "when", () -> fields("{\"when\":\"2030-12-31T23:59:59\"}").optionalInstant("when"));
        assertBadField("when", () -> fields("{\"when\":\"tomorrow\"}").optionalInstant("when"));
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        JsonObject part =
                Json.createReader(new StringReader("{\"sise\":[1,1,1]}")).readObject();
        assertBadField("parts[2].sise", () -> JsonFields.nested(part, "parts[2].", Set.of("size")));
    }

    private static void assertBadField(String field, Executable action) {
        ApiException refusal = assertThrows(ApiException.class, action);
        assertEquals(400, refusal.status());
        assertEquals(field, refusal.body().error().details().get("field"));
        assertTrue(refusal.getMessage().startsWith(field + " "), refusal.getMessage());
    }
}
