package io.genx3d.tokens;

import java.math.BigInteger;

/**
 * Base62 ({@code 0-9A-Za-z}): the alphabet of keys and ids, chosen because it survives copy-paste, URLs and
 * double-click selection without quoting.
 */
public final class Base62 {

    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(62);

    private Base62() {}

    /** {@code value} in exactly {@code width} digits, left-padded with zeros. */
    public static String encode(BigInteger value, int width) {
        if (value.signum() < 0 || value.bitLength() > width * 5.954) {
            throw new IllegalArgumentException("value does not fit in " + width + " base62 digits");
        }
        char[] digits = new char[width];
        BigInteger rest = value;
        for (int i = width - 1; i >= 0; i--) {
            BigInteger[] quotientAndRemainder = rest.divideAndRemainder(BASE);
            digits[i] = ALPHABET.charAt(quotientAndRemainder[1].intValue());
            rest = quotientAndRemainder[0];
        }
        return new String(digits);
    }

    public static boolean isBase62(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
