package io.genx3d.errors;

import io.genx3d.json.JsonMapping;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the envelope straight onto a servlet response, for the places that answer before JAX-RS runs: the
 * authentication mechanism, the body-size filter and the container's error pages.
 */
public final class ErrorResponses {

    private ErrorResponses() {}

    public static void write(HttpServletResponse response, ApiException exception) throws IOException {
        exception.headers().forEach(response::setHeader);
        write(response, exception.status(), exception.body());
    }

    public static void write(HttpServletResponse response, int status, ErrorBody body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonMapping.JSONB.toJson(body));
        response.flushBuffer();
    }
}
