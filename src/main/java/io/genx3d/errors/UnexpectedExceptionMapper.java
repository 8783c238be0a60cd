package io.genx3d.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything not anticipated becomes a 500 envelope with an {@code error_id} that also appears in
 * the log line, so support can find the stack trace without the client ever seeing it.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseUnavailable.isCause(exception)) {
            return serviceUnavailable(exception);
        }
        if (ConcurrentChange.isCause(exception)) {
            return ApiExceptionMapper.responseFor(ConcurrentChange.refusal());
        }
        return internalError(exception);
    }

    /** A fault of ours: logged with an id the client gets, never the stack trace itself. */
    static Response internalError(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId, exception);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage(),
                        Map.of("error_id", errorId)))
                .build();
    }

    static Response serviceUnavailable(Throwable exception) {
        LOG.warning(() -> "Database unavailable: " + exception);
        return ApiExceptionMapper.responseFor(DatabaseUnavailable.refusal());
    }
}
