package io.genx3d.chat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.models.Colours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabulary tables: every one loads, no word means two things of one kind, and plurals read as their singular. */
class VocabularyTest {

    private final Vocabulary vocabulary =
            Vocabulary.of(Colours.names(), Map.of("coffee-table", "coffee-table"), Set.of());

    @Test
    void noWordMeansTwoThingsOfOneKind() {
        List<String> ambiguous = new ArrayList<>();
        for (String word : vocabulary.words()) {
            for (WordKind kind : WordKind.values()) {
                if (kind == WordKind.INTENT) {
                    continue; // a verb may stand for several intents; Decisions picks by what follows
                }
                long meanings = vocabulary.readingsOf(word).stream()
                        .filter(reading -> reading.kind() == kind)
                        .map(Reading::meaning)
                        .distinct()
                        .count();
                if (meanings > 1) {
                    ambiguous.add(word + " (" + kind + ": " + vocabulary.readingsOf(word) + ")");
                }
            }
        }
        assertTrue(ambiguous.isEmpty(), String.join("\n", ambiguous));
    }

    @Test
    void everyTableIsRead() {
        for (WordKind kind : WordKind.values()) {
            if (kind.table().isPresent()) {
                assertTrue(
                        vocabulary.words().stream()
                                .anyMatch(word -> vocabulary.readingsOf(word).stream()
                                        .anyMatch(reading -> reading.kind() == kind)),
                        kind + " has words");
            }
        }
    }

    @Test
    void aPluralReadsAsItsSingularAndIsMarkedPlural() {
        assertEquals(vocabulary.readingsOf("box"), vocabulary.readingsOf("boxes"));
        assertTrue(vocabulary.isPlural("boxes"));
        assertTrue(vocabulary.isPlural("coffee tables"), "a spaced object name has a plural too");
        assertEquals(List.of(new Reading(WordKind.OBJECT, "coffee-table")), vocabulary.readingsOf("coffee table"));
    }
}
