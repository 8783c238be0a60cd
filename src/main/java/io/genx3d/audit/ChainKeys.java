package io.genx3d.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain key's versions, as plain logic. An event's MAC is HMAC-SHA256 under the chain key over its version
 * and the event's hash (which covers every field and the previous event's hash), so a MAC is what nobody without the
 * key can make: whoever can write the database can recompute the SHA-256 chain, not the MACs. A MAC is checked under
 * the version it names: the current one, or, during a rotation, the previous one.
 */
final class ChainKeys {

    private static final String ALGORITHM = "HmacSHA256";

    /** What checking an event's MAC found. */
    enum Check {
        VALID,
        WRONG,
        UNKNOWN_KEY
    }

    private final int version;
    private final SecretKeySpec current;
    private final SecretKeySpec previous;

    /** {@code previousKey} (null: none) is version {@code version - 1}. */
    ChainKeys(int version, byte[] currentKey, byte[] previousKey) {
        this.version = version;
        this.current = new SecretKeySpec(currentKey, ALGORITHM);
        this.previous = previousKey == null ? null : new SecretKeySpec(previousKey, ALGORITHM);
    }

    /** The version new MACs are made under. */
    int version() {
        return version;
    }

    /** The version of the previous key, while one is configured (a rotation in progress). */
    Optional<Integer> previousVersion() {
        return previous == null ? Optional.empty() : Optional.of(version - 1);
    }

    /** The MAC of an event's hash under the current key. */
    String mac(String hash) {
        return mac(current, version, hash);
    }

    /** Checks {@code mac}, made under key version {@code keyVersion}, against the event's hash. */
    Check check(Integer keyVersion, String hash, String mac) {
        SecretKeySpec key = keyVersion == null
                ? null
                : keyVersion == version ? current : previousVersion().equals(Optional.of(keyVersion)) ? previous : null;
        if (key == null) {
            return Check.UNKNOWN_KEY;
        }
        byte[] expected = mac(key, keyVersion, hash).getBytes(StandardCharsets.US_ASCII);
        return mac != null && MessageDigest.isEqual(expected, mac.getBytes(StandardCharsets.US_ASCII))
                ? Check.VALID
                : Check.WRONG;
    }

    /** The version is inside the MAC too, so a MAC cannot be passed off as one made under another version. */
    private static String mac(SecretKeySpec key, int keyVersion, String hash) {
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(key);
            String text = "genx3d audit event\n" + keyVersion + "\n" + hash;
            return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
