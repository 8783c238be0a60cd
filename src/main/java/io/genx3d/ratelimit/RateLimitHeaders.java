package io.genx3d.ratelimit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that describe a {@link Decision}: the seed's {@code X-RateLimit-Limit / -Remaining / -Reset}
 * (reset in epoch seconds) and the IETF draft's structured fields ({@code draft-ietf-httpapi-ratelimit-headers},
 * revision 10): {@code RateLimit-Policy: "default";q=1000;w=3600} and {@code RateLimit: "default";r=950;t=1800}.
 */
public final class RateLimitHeaders {

    private static final String POLICY = "\"default\"";

    private RateLimitHeaders() {}

    public static Map<String, String> of(Decision decision, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", String.valueOf(decision.limit()));
        headers.put("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        headers.put("X-RateLimit-Reset", String.valueOf(decision.resetAt().getEpochSecond()));
        headers.put("RateLimit-Policy", POLICY + ";q=" + decision.limit() + ";w=" + decision.windowSeconds());
        headers.put("RateLimit", POLICY + ";r=" + decision.remaining() + ";t=" + decision.secondsUntilReset(now));
        return headers;
    }
}
