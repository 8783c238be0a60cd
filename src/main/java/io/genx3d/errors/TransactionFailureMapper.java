package io.genx3d.errors;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed to commit. Jersey has a mapper of its own for this exception that rethrows it, and the
 * client would get an empty 500; this one, preferred by its priority, answers through {@link Failures} like every
 * other failure (the transaction manager reports only "rolled back", so {@link Failures} asks the database whether
 * it is there).
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    DatabaseHealth database;

    @Override
    public Response toResponse(TransactionalException failure) {
        return ApiExceptionMapper.responseFor(Failures.refusalFor(failure, database));
    }
}
