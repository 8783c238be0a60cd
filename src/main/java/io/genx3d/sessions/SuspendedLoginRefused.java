package io.genx3d.sessions;

import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: the right password of suspended account {@code accountId} was given from {@code clientAddress}, and the
 * login was refused exactly as a wrong password is (the caller learns nothing; the owner is told by mail).
 */
public record SuspendedLoginRefused(String accountId, String clientAddress, Instant at) implements Serializable {}
