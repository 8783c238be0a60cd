package io.genx3d.sessions;

import java.io.Serializable;
import java.time.Instant;

/** CDI event: account {@code accountId} logged in to the dashboard from {@code clientAddress}. */
public record LoginSucceeded(String accountId, String clientAddress, Instant at) implements Serializable {}
