package io.genx3d.validation;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Reads every JSON object request body the API accepts. It replaces the platform's reader so that an empty body,
 * malformed JSON, anything after the object, a non-object, or a body that grows past the size limit while streaming
 * each get a precise {@code 400} or {@code 413} envelope (see {@link JsonBodies}) rather than whatever the JSON
 * provider happens to throw.
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
        JsonValue value = JsonBodies.parse(JsonBodies.readBounded(entity, limits.maxBodyBytes()));
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Request body must be a JSON object", Map.of());
        }
        return value.asJsonObject();
    }
}
