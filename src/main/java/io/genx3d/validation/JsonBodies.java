package io.genx3d.validation;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one way a request body becomes JSON: read to at most the size limit, then exactly one JSON value and nothing
 * after it. The platform's {@code JsonReader.readValue()} stops after the first value, so {@code {}}}} or
 * {@code []]]]} were read as {@code {}} and {@code []}; and the JSON provider guards itself (depth, number length)
 * with plain runtime exceptions. Both are the envelope's 400 here. Bodies that must also be kept as bytes (a signed
 * leak report, whose signature covers the exact bytes) are read with {@link #readBounded} and then parsed.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /** The body's bytes, or the envelope's 413 as soon as it grows past {@code limit} while streaming. */
    public static byte[] readBounded(InputStream entity, long limit) throws IOException {
        byte[] body = entity.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw BodyTooLarge.exception(limit);
        }
        return body;
    }

    /** The single JSON value {@code body} holds (whitespace around it allowed), or the envelope's 400 saying why not. */
    public static JsonValue parse(byte[] body) {
        if (body.length == 0) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Request body is required", Map.of());
        }
        try (JsonParser parser =
                Json.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            if (!parser.hasNext()) {
                throw notJson(Map.of());
            }
            parser.next();
            JsonValue value = parser.getValue();
            // Past the value only whitespace may follow: Parsson throws on another token here, others answer true.
            if (parser.hasNext()) {
                throw notJson(Map.of());
            }
            return value;
        } catch (JsonParsingException e) {
            throw notJson(Map.of(
                    "line",
                    e.getLocation().getLineNumber(),
                    "column",
                    e.getLocation().getColumnNumber()));
        } catch (JsonException | IllegalStateException e) {
            throw notJson(Map.of());
        } catch (ApiException refusal) {
            throw refusal;
        } catch (RuntimeException providerLimit) {
            // The JSON provider guards itself with plain runtime exceptions (Parsson: "Input is too deeply nested",
            // a number of more than 1,100 digits); to the client that is just JSON we will not read.
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "Request body is not valid JSON (nested too deeply or too complex)",
                    Map.of());
        }
    }

    private static ApiException notJson(Map<String, Object> details) {
        return new ApiException(ErrorCode.BAD_REQUEST, "Request body is not valid JSON", details);
    }
}
