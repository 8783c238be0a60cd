package io.genx3d.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
    private SecretKeySpec previousKey;
    private int version;

    protected KeyHasher() {
        // For CDI; the pepper arrives through injection.
    }

    /** A hasher with an explicit pepper (version 1), for code outside the container (tests, tools). */
    public KeyHasher(byte[] pepperBytes) {
        this(1, pepperBytes, null);
    }

    /** A hasher in the middle of a rotation: {@code previousPepper} is version {@code version - 1}. */
    public KeyHasher(int version, byte[] pepperBytes, byte[] previousPepper) {
        this.version = version;
        this.secretKey = new SecretKeySpec(pepperBytes, ALGORITHM);
        this.previousKey = previousPepper == null ? null : new SecretKeySpec(previousPepper, ALGORITHM);
    }

    @PostConstruct
    void init() {
        if (secretKey == null) {
            version = pepper.version();
            secretKey = new SecretKeySpec(pepper.bytes(), ALGORITHM);
            previousKey = pepper.previous()
                    .map(bytes -> new SecretKeySpec(bytes, ALGORITHM))
                    .orElse(null);
        }
    }

    /** The version of the pepper {@link #hash} uses, stored beside each key's hash. */
    public int version() {
        return version;
    }

    /** The stored form of a secret: 64 lowercase hex digits. */
    public String hash(String secret) {
        return HexFormat.of().formatHex(mac(secretKey, secret));
    }

    /** The secret's hash under the previous pepper, while one is configured (a rotation in progress). */
    public Optional<String> hashUnderPreviousPepper(String secret) {
        return Optional.ofNullable(previousKey).map(key -> HexFormat.of().formatHex(mac(key, secret)));
    }

    /** A value derived from a secret for another purpose (e.g. a CSRF token from a session token). */
    public String derive(String purpose, String secret) {
        return HexFormat.of().formatHex(mac(secretKey, purpose + "\u0000" + secret));
    }

    /** Compares two digests in time that does not depend on where they differ. */
    public static boolean sameDigest(String expected, String actual) {
        return expected != null
                && actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
