package io.genx3d.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last line: anything not anticipated is answered through {@link Failures} (a 503 for a lost database, a 409
 * for a concurrent change, otherwise a 500 with an {@code error_id} that also appears in the log line).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Inject
    DatabaseHealth database;

    @Override
    public Response toResponse(Throwable exception) {
        return ApiExceptionMapper.responseFor(Failures.refusalFor(exception, database));
    }
}
