package io.genx3d.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

/**
 * Recognises a failure to reach the database under whatever the persistence layers wrapped it in, and words
 * the answer: {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After}. Failing closed this way means a request
 * that needs the database (every key not already verified a moment ago) is refused, never answered from a
 * guess and never a 500 with a stack trace; the pool reconnects by itself when the database is back.
 */
public final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";

    /** SQLSTATE classes of "cannot talk to the database": connection exception, PostgreSQL shutdown, no resources. */
    private static final List<String> CONNECTION_STATES = List.of("08", "57P", "53");

    private DatabaseUnavailable() {}

    /**
     * Whether a lost or refused database connection is anywhere in the cause chain (EclipseLink, JTA and the
     * connection pool each wrap it). Constraint and data errors are not unavailability and are left alone.
     */
    public static boolean isCause(Throwable failure) {
        return Causes.of(failure).anyMatch(DatabaseUnavailable::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql
                && sql.getSQLState() != null
                && CONNECTION_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
            return true;
        }
        // The pool's "could not allocate a connection" (jakarta.resource.ResourceException and Payara's
        // PoolingException), named rather than imported so the WAR needs no connector API.
        String name = cause.getClass().getName();
        return name.equals("jakarta.resource.ResourceException")
                || name.endsWith(".PoolingException")
                || name.endsWith(".ResourceAllocationException");
    }

    public static ApiException refusal() {
        return new ApiException(
                        ErrorCode.SERVICE_UNAVAILABLE,
                        "The service is temporarily unavailable; please retry shortly",
                        Map.of("reason", "database_unavailable"))
                .withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
}
