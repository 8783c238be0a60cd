package io.genx3d.sessions;

import io.genx3d.keys.KeyHasher;
import io.genx3d.tokens.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Device cookies (OWASP's answer to login lockouts): a browser that logged in to an account gets a cookie naming a
 * random device id, signed for that account's email. Its later logins to that account count against the device's
 * own failure allowance instead of the account's and the address's, so nobody can lock a person out of their own
 * browser by failing logins with their email, or from behind the same NAT. Nothing is stored; the signature is an
 * HMAC under the server's pepper.
 */
@ApplicationScoped
public class KnownDevices {

    static final String COOKIE = "genx3d_device";
    static final int MAX_AGE_SECONDS = 365 * 24 * 3600;
    private static final int MAX_LENGTH = 160;

    @Inject
    KeyHasher hasher;

    /** A new cookie value for a browser that has just logged in with {@code email}. */
    String issue(String email) {
        String deviceId = RandomTokens.base62(128);
        return deviceId + "." + signature(email, deviceId);
    }

    /** The device id, if the cookie was issued to a browser that logged in with this email. */
    Optional<String> deviceOf(String cookie, String email) {
        if (cookie == null || cookie.length() > MAX_LENGTH || cookie.indexOf('.') < 1) {
            return Optional.empty();
        }
        String deviceId = cookie.substring(0, cookie.indexOf('.'));
        String presented = cookie.substring(cookie.indexOf('.') + 1);
        return KeyHasher.sameDigest(signature(email, deviceId), presented) ? Optional.of(deviceId) : Optional.empty();
    }

    private String signature(String email, String deviceId) {
        return hasher.derive("device:" + email, deviceId);
    }
}
