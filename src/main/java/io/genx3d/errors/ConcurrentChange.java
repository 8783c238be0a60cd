package io.genx3d.errors;

import jakarta.persistence.OptimisticLockException;
import java.util.Map;

/**
 * Another request changed or deleted the same row between this one's read and its commit (the entities'
 * {@code @Version}). Nothing is wrong with the server or the request: the answer is {@code 409}, and the client
 * reads the resource again and retries.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {}

    public static boolean isCause(Throwable failure) {
        return Causes.of(failure).anyMatch(OptimisticLockException.class::isInstance);
    }

    public static ApiException refusal() {
        return new ApiException(
                ErrorCode.CONFLICT,
                "The resource was changed or deleted by another request; read it again and retry",
                Map.of("reason", "concurrent_change"));
    }
}
