package io.genx3d.validation;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads every JSON request body the API accepts. It replaces the platform's reader so that an empty body,
 * malformed JSON, a non-object, or a body that grows past the size limit while streaming each get a precise
 * {@code 400} or {@code 413} envelope rather than whatever the JSON provider happens to throw.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    @Inject
    RequestLimits limits;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(
            Class<JsonObject> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        byte[] body = readBounded(entity, limits.maxBodyBytes());
        if (body.length == 0) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Request body is required", Map.of());
        }
        try (JsonReader reader = Json.createReader(
                new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            var value = reader.readValue();
            if (value.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "Request body must be a JSON object", Map.of());
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "Request body is not valid JSON",
                    Map.of(
                            "line",
                            e.getLocation().getLineNumber(),
                            "column",
                            e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Request body is not valid JSON", Map.of());
        } catch (ApiException refusal) {
            throw refusal;
        } catch (RuntimeException providerLimit) {
            // The JSON provider guards itself with plain runtime exceptions (Parsson: "Input is too deeply
            // nested"); to the client that is just JSON we will not read.
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "Request body is not valid JSON (nested too deeply or too complex)",
                    Map.of());
        }
    }

    private static byte[] readBounded(InputStream entity, long limit) throws IOException {
        byte[] body = entity.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw BodyTooLarge.exception(limit);
        }
        return body;
    }
}
