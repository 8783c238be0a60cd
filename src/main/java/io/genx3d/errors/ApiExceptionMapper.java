package io.genx3d.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a deliberate refusal into its envelope, status and headers. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        return responseFor(exception);
    }

    /** The same answer for mappers that turn other failures into a refusal. */
    static Response responseFor(ApiException exception) {
        Response.ResponseBuilder response = Response.status(exception.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(exception.body());
        exception.headers().forEach(response::header);
        return response.build();
    }
}
