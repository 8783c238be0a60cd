package io.genx3d.keys;

import io.genx3d.tokens.Base62;
import io.genx3d.tokens.RandomTokens;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The shape of an API key: {@code sk-}, 43 base62 digits of secret (256 bits), then 6 base62 digits of
 * CRC32 over the secret — the scheme GitHub uses for its tokens. The checksum lets the server (and secret
 * scanners) reject a mistyped or made-up key without a database lookup; it adds no secrecy.
 */
public final class KeyFormat {

    public static final String PREFIX = "sk-";
    /** What secret scanners look for (published in docs/key-lifecycle.md): prefix, secret and checksum. */
    public static final String PATTERN = "sk-[0-9A-Za-z]{49}";

    static final int SECRET_BITS = 256;
    static final int SECRET_DIGITS = 43;
    static final int CHECKSUM_DIGITS = 6;
    public static final int LENGTH = PREFIX.length() + SECRET_DIGITS + CHECKSUM_DIGITS;
    /** How much of a key is kept in clear for people to recognise it: {@code sk-} and 8 digits. */
    static final int DISPLAY_PREFIX_LENGTH = PREFIX.length() + 8;

    private KeyFormat() {}

    public static String newKey() {
        String secret = RandomTokens.base62(SECRET_BITS);
        return PREFIX + secret + checksum(secret);
    }

    /** True when the text has the prefix, length, alphabet and a checksum that matches. */
    public static boolean isWellFormed(String key) {
        if (key == null || key.length() != LENGTH || !key.startsWith(PREFIX)) {
            return false;
        }
        String body = key.substring(PREFIX.length());
        if (!Base62.isBase62(body)) {
            return false;
        }
        String secret = body.substring(0, SECRET_DIGITS);
        return checksum(secret).equals(body.substring(SECRET_DIGITS));
    }

    public static String displayPrefix(String key) {
        return key.substring(0, DISPLAY_PREFIX_LENGTH);
    }

    static String checksum(String secret) {
        CRC32 crc = new CRC32();
        crc.update(secret.getBytes(StandardCharsets.US_ASCII));
        return Base62.encode(BigInteger.valueOf(crc.getValue()), CHECKSUM_DIGITS);
    }
}
