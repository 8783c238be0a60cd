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
 */
public record RequestAnswered(
        String method, String path, int status, String keyId, String accountId, String clientAddress, long elapsedNanos)
        implements Serializable {}
