package io.genx3d.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * HMAC-SHA256 of secrets under the server's pepper. Only these digests are stored, so a copy of the database
 * alone cannot be used to call the API nor to test guesses offline. Keys carry 256 random bits, which is why a
 * fast keyed hash is enough here (passwords, which people choose, get PBKDF2 instead).
 */
@ApplicationScoped
public class KeyHasher {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    Pepper pepper;

    private SecretKeySpec secretKey;

    protected KeyHasher() {
        // For CDI; the pepper arrives through injection.
    }

    /** A hasher with an explicit pepper, for code outside the container (tests, tools). */
    public KeyHasher(byte[] pepperBytes) {
        this.secretKey = new SecretKeySpec(pepperBytes, ALGORITHM);
    }

    @PostConstruct
    void init() {
        if (secretKey == null) {
            secretKey = new SecretKeySpec(pepper.bytes(), ALGORITHM);
        }
    }

    /** The stored form of a secret: 64 lowercase hex digits. */
    public String hash(String secret) {
        return HexFormat.of().formatHex(mac(secret));
    }

    /** A value derived from a secret for another purpose (e.g. a CSRF token from a session token). */
    public String derive(String purpose, String secret) {
        return HexFormat.of().formatHex(mac(purpose + "\u0000" + secret));
    }

    /** Compares two digests in time that does not depend on where they differ. */
    public static boolean sameDigest(String expected, String actual) {
        return expected != null && actual != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secretKey);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
