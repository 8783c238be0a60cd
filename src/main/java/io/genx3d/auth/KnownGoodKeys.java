package io.genx3d.auth;

/**
 * What the mechanism asks of the key store when a client address has used up its failed-authentication allowance:
 * whether the presented key was verified as good recently. Such a key is still checked in full, but it is not shut
 * out with everyone else behind the same address (an office behind one NAT, a proxy not listed as trusted). Declared
 * here and implemented by the keys package, which sits above authentication.
 */
public interface KnownGoodKeys {

    boolean recentlyVerified(String bearerToken);
}
