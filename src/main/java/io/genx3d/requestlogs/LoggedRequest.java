package io.genx3d.requestlogs;

import io.genx3d.auth.RequestAnswered;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * One request as its log entry keeps it: what the API answered, cut to the columns' sizes and cleaned of anything
 * that could be a secret. Paths carry ids only, but a client may put a key where an id goes
 * ({@code GET /api/v1/models/sk-…}), so whatever looks like a key is masked; query strings, headers other than the
 * user agent, cookies and bodies are never kept.
 *
 * @param accountId the account whose log it is in: the caller's, or the owner of a refused key
 */
record LoggedRequest(
        String id,
        String accountId,
        String keyId,
        Instant time,
        String method,
        String path,
        int status,
        String errorCode,
        long durationMicros,
        String clientAddress,
        String userAgent) {

    static final int MAX_PATH = 300;
    static final int MAX_USER_AGENT = 300;
    private static final Pattern KEY_LIKE = Pattern.compile("sk-[A-Za-z0-9_\\-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** The entry for an answer to {@code accountId}, made at {@code time}. */
    static LoggedRequest of(RequestAnswered answered, String accountId, Instant time) {
        return new LoggedRequest(
                answered.requestId(),
                accountId,
                answered.keyId() != null ? answered.keyId() : answered.refusedKeyId(),
                // Kept to the millisecond, as the cursor carries it: a finer time would not match it again.
                time.truncatedTo(ChronoUnit.MILLIS),
                cut(answered.method(), 16),
                cut(KEY_LIKE.matcher(answered.path()).replaceAll("sk-…"), MAX_PATH),
                answered.status(),
                cut(answered.errorCode(), 64),
                answered.elapsedNanos() / 1_000,
                cut(answered.clientAddress(), 64),
                answered.userAgent() == null
                        ? null
                        : cut(CONTROL.matcher(answered.userAgent()).replaceAll(" "), MAX_USER_AGENT));
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
