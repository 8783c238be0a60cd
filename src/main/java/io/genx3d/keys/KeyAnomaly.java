package io.genx3d.keys;

import java.time.Instant;

/**
 * Why a key's usage looks wrong: {@code traffic_spike} (an hour far above its usual median) or
 * {@code auth_failures} (a real key refused again and again: revoked, expired or suspended, yet still in use).
 */
public record KeyAnomaly(String reason, Instant hour, long count, double baseline) {}
