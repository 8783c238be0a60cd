package io.genx3d.tokens;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Unguessable strings from {@link SecureRandom}: the secret part of API keys and session tokens, and the
 * public ids of records. Ids are random rather than sequential so that they reveal nothing about how many
 * accounts, keys or models exist.
 */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 20 base62 digits carry 119 bits: more than enough for an id that must never collide. */
    private static final int ID_DIGITS = 20;

    private RandomTokens() {}

    /** {@code bits} of randomness in the fewest base62 digits that hold them. */
    public static String base62(int bits) {
        int digits = (int) Math.ceil(bits / (Math.log(62) / Math.log(2)));
        return Base62.encode(new BigInteger(bits, RANDOM), digits);
    }

    /** A public id such as {@code key_3xY…}: a readable type prefix and 119 random bits. */
    public static String id(String type) {
        return type + "_" + Base62.encode(new BigInteger(119, RANDOM), ID_DIGITS);
    }

    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
