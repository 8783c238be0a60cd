package io.genx3d.sessions;

import java.io.Serializable;
import java.time.Instant;

/**
 * CDI event: a login as {@code email} from {@code clientAddress} was refused (unknown email or wrong password,
 * which are not told apart; never the password tried).
 */
public record LoginFailed(String email, String clientAddress, Instant at) implements Serializable {}
