package io.genx3d.errors;

import io.genx3d.storage.DatabaseProbe;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed to commit. The transaction manager reports only "rolled back", not why, so the
 * database is asked: unreachable means an outage ({@code 503}, see {@link DatabaseUnavailable}); reachable
 * means a fault of ours ({@code 500} with an error id). A commit refused because another request changed the
 * same row first does carry its cause, and is a {@link ConcurrentChange} ({@code 409}). Without this mapper Jersey's own one for the same
 * exception rethrows it and the client gets an empty 500.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    DatabaseProbe database;

    @Override
    public Response toResponse(TransactionalException failure) {
        if (ConcurrentChange.isCause(failure)) {
            return ApiExceptionMapper.responseFor(ConcurrentChange.refusal());
        }
        if (DatabaseUnavailable.isCause(failure) || !database.reachable()) {
            return UnexpectedExceptionMapper.serviceUnavailable(failure);
        }
        return UnexpectedExceptionMapper.internalError(failure);
    }
}
