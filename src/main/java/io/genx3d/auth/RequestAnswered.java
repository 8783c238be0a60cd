package io.genx3d.auth;

import java.io.Serializable;

/**
 * CDI event: the server answered an API request. Published once per request, by {@link RequestOutcomes} — for
 * requests the authentication mechanism refused and for every request JAX-RS answered — so that what follows a
 * request (usage counts, metrics, the request log, the account's request logs) is an observer of this one event
 * instead of a filter of its own. Names the key and account by id, never by secret.
 *
 * @param keyId        the key used, or null (a dashboard session, or no valid credential)
 * @param accountId    the caller's account, or null when no caller was established
 * @param requestId    the id in the answer's {@code X-Request-Id} header ({@link RequestIds}), or null
 * @param errorCode    the error envelope's {@code code} when the answer is an error, else null
 * @param userAgent    the request's {@code User-Agent}, or null
 * @param refusedKeyId a real key the authentication refused (revoked, expired, suspended, from a refused address):
 *                     not a caller, but its owner may look for the refusal in the key's request logs; else null
 */
public record RequestAnswered(
        String method,
        String path,
        int status,
        String keyId,
        String accountId,
        String clientAddress,
        long elapsedNanos,
        String requestId,
        String errorCode,
        String userAgent,
        String refusedKeyId)
        implements Serializable {

    /** Without a request id, error code or user agent (tests and requests answered before the mechanism ran). */
    public RequestAnswered(
            String method,
            String path,
            int status,
            String keyId,
            String accountId,
            String clientAddress,
            long elapsedNanos) {
        this(method, path, status, keyId, accountId, clientAddress, elapsedNanos, null, null, null, null);
    }
}
