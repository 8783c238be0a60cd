package io.genx3d.errors;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The one conversion of a failure into the refusal a client gets, used by every path that can fail (the exception
 * mappers, the authentication mechanism, the servlet error pages), so each failure gets the same answer wherever it
 * happens. In this order:
 * <ol>
 * <li>a deliberate refusal ({@link ApiException}) anywhere in the cause chain is answered as it is;</li>
 * <li>a lost database ({@link DatabaseUnavailable}) is {@code 503} with {@code Retry-After};</li>
 * <li>a full bulkhead (as many exports running as the server allows) is {@code 503} with {@code Retry-After};</li>
 * <li>another request's change of the same row ({@link ConcurrentChange}) is {@code 409};</li>
 * <li>anything else is {@code 503} if the database does not answer now (the cause was lost on the way, as a failed
 * commit's is) and otherwise a fault of ours: {@code 500} with an {@code error_id} that is also in the log line
 * with the stack trace, which the client never sees.</li>
 * </ol>
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {}

    public static ApiException refusalFor(Throwable failure, DatabaseHealth database) {
        ApiException deliberate = deliberateRefusalIn(failure);
        if (deliberate != null) {
            return deliberate;
        }
        if (DatabaseUnavailable.isCause(failure)) {
            return databaseUnavailable(failure);
        }
        if (Causes.of(failure).anyMatch(BulkheadException.class::isInstance)) {
            return new ApiException(
                            ErrorCode.SERVICE_UNAVAILABLE,
                            "The server is already running as many of these as it allows; try again shortly",
                            Map.of())
                    .withHeader("Retry-After", "1");
        }
        if (ConcurrentChange.isCause(failure)) {
            return ConcurrentChange.refusal();
        }
        if (database != null && !database.reachable()) {
            return databaseUnavailable(failure);
        }
        return internalError(failure);
    }

    /** A refusal a store or parser threw, even if a framework layer wrapped it on the way. */
    static ApiException deliberateRefusalIn(Throwable failure) {
        return Causes.of(failure)
                .filter(ApiException.class::isInstance)
                .map(ApiException.class::cast)
                .findFirst()
                .orElse(null);
    }

    private static ApiException databaseUnavailable(Throwable failure) {
        LOG.warning(() -> "Database unavailable: " + failure);
        return DatabaseUnavailable.refusal();
    }

    private static ApiException internalError(Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId, failure);
        return new ApiException(
                ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage(), Map.of("error_id", errorId));
    }
}
