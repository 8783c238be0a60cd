package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyHasherTest {

    @Test
    void hashIsHmacSha256AsRfc4231Defines() {
        KeyHasher hasher = new KeyHasher("Jefe".getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                hasher.hash("what do ya want for nothing?"));
    }

    @Test
    void differentPeppersGiveUnrelatedHashes() {
        String key = KeyFormat.newKey();
        KeyHasher one = new KeyHasher("a".repeat(32).getBytes(StandardCharsets.US_ASCII));
        KeyHasher other = new KeyHasher("b".repeat(32).getBytes(StandardCharsets.US_ASCII));
        assertEquals(one.hash(key), one.hash(key));
        assertNotEquals(one.hash(key), other.hash(key));
        assertEquals(64, one.hash(key).length());
        assertFalse(one.hash(key).contains(key.substring(3, 11)));
    }

    @Test
    void derivedValuesDependOnPurpose() {
        KeyHasher hasher = new KeyHasher("p".repeat(32).getBytes(StandardCharsets.US_ASCII));
        assertNotEquals(hasher.derive("csrf", "token"), hasher.derive("other", "token"));
        assertNotEquals(hasher.derive("csrf", "token"), hasher.hash("token"));
    }

    @Test
    void sameDigestComparesWholeValues() {
        assertTrue(KeyHasher.sameDigest("abc", "abc"));
        assertFalse(KeyHasher.sameDigest("abc", "abd"));
        assertFalse(KeyHasher.sameDigest("abc", "ab"));
        assertFalse(KeyHasher.sameDigest("abc", null));
        assertFalse(KeyHasher.sameDigest(null, null));
    }

    @Test
    void duringARotationTheOldHashIsStillComputableAndTheNewOneIsCurrent() {
        byte[] oldPepper = "o".repeat(32).getBytes(StandardCharsets.US_ASCII);
        byte[] newPepper = "n".repeat(32).getBytes(StandardCharsets.US_ASCII);
        String key = KeyFormat.newKey();
        KeyHasher before = new KeyHasher(oldPepper);
        KeyHasher during = new KeyHasher(2, newPepper, oldPepper);
        KeyHasher after = new KeyHasher(2, newPepper, null);
        assertEquals(1, before.version());
        assertEquals(2, during.version());
        assertEquals(before.hash(key), during.hashUnderPreviousPepper(key).orElseThrow());
        assertEquals(after.hash(key), during.hash(key));
        assertNotEquals(before.hash(key), during.hash(key));
        assertTrue(after.hashUnderPreviousPepper(key).isEmpty(), "no previous pepper once the rotation is over");
    }
}
