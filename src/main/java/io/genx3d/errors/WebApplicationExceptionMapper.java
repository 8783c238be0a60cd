package io.genx3d.errors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The errors JAX-RS raises on its own (no such path, wrong method, wrong media type, a query parameter that
 * does not convert) in the envelope, keeping the status JAX-RS chose and the {@code Allow} header of a 405.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        Map<String, Object> details = new LinkedHashMap<>();
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE);
        if (exception instanceof NotAllowedException) {
            Set<String> allowed = new TreeSet<>(exception.getResponse().getAllowedMethods());
            details.put("allowed", List.copyOf(allowed));
            response.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        if (status == 404 && uriInfo != null) {
            details.put("path", "/" + uriInfo.getPath());
        }
        return response.entity(ErrorBody.of(code, code.defaultMessage(), details))
                .build();
    }
}
