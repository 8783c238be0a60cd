package io.genx3d.auth;

import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: a request's credential was accepted. Observed synchronously, before the request goes on, so that
 * what it records (a key's last use) is visible to the very next request of the same client.
 *
 * @param keyId null for a dashboard session
 */
public record CallerAuthenticated(String accountId, String keyId, String clientAddress, Instant at)
        implements Serializable {}
