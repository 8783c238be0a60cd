package io.genx3d.ratelimit;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed's 429: {@code {"limit": 1000, "reset_at": "…Z"}} with {@code Retry-After} in whole seconds and the
 * rate-limit headers, all computed from the same {@link Decision}, so they cannot disagree.
 */
public final class RateLimitExceeded {

    private RateLimitExceeded() {}

    public static ApiException by(Decision decision) {
        Instant now = Instant.now();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", decision.limit());
        details.put("reset_at", decision.resetAt().toString());
        ApiException exception = new ApiException(
                        ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.defaultMessage(), details)
                .withHeader("Retry-After", String.valueOf(decision.secondsUntilReset(now)));
        RateLimitHeaders.of(decision, now).forEach(exception::withHeader);
        return exception;
    }
}
