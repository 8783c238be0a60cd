package io.genx3d.auth;

import java.io.Serializable;

/**
 * CDI event: the server answered an API request. Published once per request, by {@link RequestOutcomes} — for
 * requests the authentication mechanism refused and for every request JAX-RS answered — so that what follows a
 * request (usage counts, metrics, the request log, later an audit log or a cluster relay) is an observer of this
 * one event instead of a filter of its own. Names the key and account by id, never by secret.
 *
 * @param keyId     the key used, or null (a dashboard session, or no valid credential)
 * @param accountId the caller's account, or null when no caller was established
 * @param requestId the id in the answer's {@code X-Request-Id} header ({@link RequestIds}), or null
 */
public record RequestAnswered(
        String method,
        String path,
        int status,
        String keyId,
        String accountId,
        String clientAddress,
        long elapsedNanos,
        String requestId)
        implements Serializable {

    /** Without a request id (a request the server answered before it gave it one). */
    public RequestAnswered(
            String method,
            String path,
            int status,
            String keyId,
            String accountId,
            String clientAddress,
            long elapsedNanos) {
        this(method, path, status, keyId, accountId, clientAddress, elapsedNanos, null);
    }
}
