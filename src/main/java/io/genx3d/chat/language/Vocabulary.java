package io.genx3d.chat.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word and phrase the chat knows, with its readings: the tables of {@code src/main/resources/chat/vocabulary}
 * (one per {@link WordKind}), plus the words given from outside — colour names, object names and their pieces. Built
 * once and shared; a phrase of several words is read as one token ("on top of", "traffic light").
 */
public final class Vocabulary {

    private static final String TABLES = "/chat/vocabulary/";

    private final Map<String, List<Reading>> readings = new HashMap<>();
    private final Set<String> plurals = new java.util.HashSet<>();
    private int longestPhrase = 1;

    private Vocabulary() {}

    /**
     * The shipped tables with {@code colours} (CSS names), {@code objects} (each word that names an object, to the
     * object's name) and {@code pieces} (the words for an object's pieces: roof, leg, wheel).
     */
    public static Vocabulary of(Collection<String> colours, Map<String, String> objects, Collection<String> pieces) {
        Vocabulary vocabulary = new Vocabulary();
        for (WordKind kind : WordKind.values()) {
            kind.table().ifPresent(table -> vocabulary.load(kind, table));
        }
        colours.forEach(colour -> vocabulary.add(colour, new Reading(WordKind.COLOUR, colour)));
        // "dark green" is darkgreen, "sky blue" skyblue: a CSS name said as two words
        for (String colour : colours) {
            for (int split = 3; split <= colour.length() - 3; split++) {
                if (colours.contains(colour.substring(split))) {
                    vocabulary.add(
                            colour.substring(0, split) + " " + colour.substring(split),
                            new Reading(WordKind.COLOUR, colour));
                }
            }
        }
        if (!colours.contains("grey")) {
            vocabulary.add("grey", new Reading(WordKind.COLOUR, "gray"));
        }
        objects.forEach((word, object) -> {
            vocabulary.add(word, new Reading(WordKind.OBJECT, object));
            if (word.contains("-")) {
                // "traffic-light" is said "traffic light", "coffee-table" "coffee table"
                vocabulary.add(word.replace('-', ' '), new Reading(WordKind.OBJECT, object));
            }
        });
        pieces.forEach(piece -> vocabulary.add(piece, new Reading(WordKind.PIECE, piece)));
        vocabulary.addPlurals(WordKind.SHAPE, WordKind.OBJECT, WordKind.PIECE);
        return vocabulary;
    }

    /** The readings of a word or phrase as said (lowercase, single spaces); empty if unknown. */
    public List<Reading> readingsOf(String phrase) {
        return readings.getOrDefault(phrase, List.of());
    }

    /** Whether the phrase is the plural of a thing's name ("chairs", "boxes", "shelves"). */
    public boolean isPlural(String phrase) {
        return plurals.contains(phrase);
    }

    public boolean knows(String phrase) {
        return readings.containsKey(phrase);
    }

    /** The most words any phrase has. */
    int longestPhrase() {
        return longestPhrase;
    }

    /** Every single word (no phrases), for spelling correction. */
    Set<String> words() {
        return readings.keySet();
    }

    private void load(WordKind kind, String table) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(TABLES + table + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary table " + table);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException(table + ".txt:" + number + ": expected 'meaning: word, word'");
                }
                String meaning = text.substring(0, colon).strip();
                for (String word : text.substring(colon + 1).split(",")) {
                    if (!word.isBlank()) {
                        add(word, new Reading(kind, meaning));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "chair" → "chairs", "box" → "boxes", "shelf" → "shelves", "lily" → "lilies": each with the singular's readings. */
    private void addPlurals(WordKind... kinds) {
        Set<WordKind> wanted = Set.of(kinds);
        Map<String, List<Reading>> singulars = new HashMap<>();
        readings.forEach((word, all) -> all.stream()
                .filter(reading -> wanted.contains(reading.kind()))
                .forEach(reading ->
                        singulars.computeIfAbsent(word, k -> new ArrayList<>()).add(reading)));
        singulars.forEach((word, all) -> {
            String plural = plural(word);
            // added even where the plural means something else too ("blocks" is also a unit of distance)
            all.forEach(reading -> add(plural, reading));
            plurals.add(plural);
        });
    }

    static String plural(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(space + 1);
        String plural;
        if (head.matches(".*(s|x|z|ch|sh)")) {
            plural = head + "es";
        } else if (head.matches(".*[^aeiou]y")) {
            plural = head.substring(0, head.length() - 1) + "ies";
        } else if (head.matches(".*(lf|af|ef)")) {
            plural = head.substring(0, head.length() - 1) + "ves";
        } else {
            plural = head + "s";
        }
        return phrase.substring(0, space + 1) + plural;
    }

    private void add(String phrase, Reading reading) {
        String key = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Reading> known = readings.computeIfAbsent(key, k -> new ArrayList<>());
        if (!known.contains(reading)) {
            known.add(reading);
        }
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }
}
