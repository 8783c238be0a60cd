package io.genx3d.keys;

/** CDI event: a key was revoked. */
public record KeyRevoked(String keyId) {
}
