package io.genx3d.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.tokens.Base62;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFormatTest {

    @Test
    void newKeysStartWithSkAndCarryAtLeast256BitsOfBase62() {
        String key = KeyFormat.newKey();
        assertTrue(key.startsWith("sk-"), key);
        assertEquals(52, key.length());
        assertTrue(Base62.isBase62(key.substring(3)));
        assertTrue(43 * Math.log(62) / Math.log(2) >= 256, "43 base62 digits hold 256 bits");
    }

    @Test
    void newKeysAreWellFormedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String key = KeyFormat.newKey();
            assertTrue(KeyFormat.isWellFormed(key), key);
            assertTrue(seen.add(key), "duplicate key");
        }
    }

    @Test
    void everySingleCharacterTypoIsCaughtByTheChecksum() {
        String key = KeyFormat.newKey();
        int caught = 0;
        int tried = 0;
        for (int position = 3; position < key.length(); position++) {
            for (char replacement : Base62.ALPHABET.toCharArray()) {
                if (replacement == key.charAt(position)) {
                    continue;
                }
                String typo = key.substring(0, position) + replacement + key.substring(position + 1);
                tried++;
                if (!KeyFormat.isWellFormed(typo)) {
                    caught++;
                }
            }
        }
        assertEquals(tried, caught, "CRC32 detects every single-character substitution");
    }

    @Test
    void swappedNeighboursAreCaught() {
        String key = KeyFormat.newKey();
        for (int i = 3; i < 3 + 43 - 1; i++) {
            if (key.charAt(i) == key.charAt(i + 1)) {
                continue;
            }
            String swapped = key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
            assertFalse(KeyFormat.isWellFormed(swapped), swapped);
        }
    }

    @Test
    void wrongPrefixLengthOrAlphabetIsNotWellFormed() {
        String key = KeyFormat.newKey();
        assertFalse(KeyFormat.isWellFormed("pk-" + key.substring(3)));
        assertFalse(KeyFormat.isWellFormed(key + "0"));
        assertFalse(KeyFormat.isWellFormed(key.substring(0, key.length() - 1)));
        assertFalse(KeyFormat.isWellFormed(key.substring(0, 10) + "-" + key.substring(11)));
        assertFalse(KeyFormat.isWellFormed("sk-1234567890abcdef"), "the seed's placeholder is not a real key");
        assertFalse(KeyFormat.isWellFormed(null));
    }

    @Test
    void displayPrefixIsSkAndEightCharacters() {
        String key = KeyFormat.newKey();
        assertEquals(key.substring(0, 11), KeyFormat.displayPrefix(key));
    }

    @Test
    void thePublishedPatternMatchesEveryKeyAndIsTheOneTheDocsGive() throws java.io.IOException {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(KeyFormat.PATTERN);
        for (int i = 0; i < 1000; i++) {
            String key = KeyFormat.newKey();
            assertTrue(pattern.matcher(key).matches(), key);
        }
        assertFalse(pattern.matcher("sk-" + "a".repeat(48)).matches());
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/key-lifecycle.md"));
        assertTrue(docs.contains("\n" + KeyFormat.PATTERN + "\n"), "docs/key-lifecycle.md publishes the pattern");
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("openapi/genx3d.yaml"))
                .contains(KeyFormat.PATTERN));
    }
}
