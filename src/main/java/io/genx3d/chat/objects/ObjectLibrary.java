package io.genx3d.chat.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects the chat can build, read from {@code chat/objects.txt} so that adding one is a block of data and a test
 * run, not code. Answers what the chat asks: which object a word names ("couch", "lamp posts", "traffic light"), its
 * pieces, every name it knows, and the words that name a piece inside an object ("roof", "leg"). The file is read
 * once, on first use, and a malformed line stops that first use with the line's number.
 */
public final class ObjectLibrary {

    /** Where the library lives on the classpath (src/main/resources). */
    public static final String RESOURCE = "/chat/objects.txt";

    private final Map<String, Blueprint> objects = new LinkedHashMap<>();
    /** Every name and alias, as {@link #key} reads it, to the object's name. */
    private final Map<String, String> names = new LinkedHashMap<>();

    private final Set<String> written = new LinkedHashSet<>();
    private final Set<String> pieceWords = new LinkedHashSet<>();

    private ObjectLibrary(List<Blueprint> blueprints) {
        for (Blueprint blueprint : blueprints) {
            objects.put(blueprint.name(), blueprint);
            names.put(key(blueprint.name()), blueprint.name());
            written.add(blueprint.name());
            for (String alias : blueprint.aliases()) {
                names.put(key(alias), blueprint.name());
                written.add(alias);
            }
            // A piece is named by its label's first word: "leg" names "leg 1" to "leg 4".
            blueprint.pieces().forEach(piece -> pieceWords.add(piece.label().split(" ")[0]));
        }
    }

    /** The library the chat uses, read from {@link #RESOURCE} the first time it is asked for. */
    public static ObjectLibrary standard() {
        return Standard.LIBRARY;
    }

    /** A library of the objects {@code lines} describe; {@code source} names the text in errors. */
    public static ObjectLibrary read(String source, List<String> lines) {
        return new ObjectLibrary(ObjectFile.parse(source, lines));
    }

    /** The holder idiom: the JVM reads the file once, on first use, with no locking of ours. */
    private static final class Standard {
        static final ObjectLibrary LIBRARY = load();

        private static ObjectLibrary load() {
            InputStream in = ObjectLibrary.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return read("objects.txt", reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The object {@code words} names, by its name or an alias, singular or plural ("bench", "benches", "lamp
     * posts"), a compound with a hyphen or a space ("traffic-light", "traffic light"); empty if none.
     */
    public Optional<String> named(String words) {
        String key = key(words);
        String exact = names.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String singular : Plurals.singulars(key)) {
            String name = names.get(singular);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The pieces of the object called {@code name} (a name, not an alias), the main one first. */
    public List<Piece> pieces(String name) {
        return blueprint(name)
                .orElseThrow(() -> new IllegalArgumentException("no object called " + name))
                .pieces();
    }

    public Optional<Blueprint> blueprint(String name) {
        return Optional.ofNullable(objects.get(name));
    }

    /** Every object, in the file's order. */
    public List<Blueprint> all() {
        return List.copyOf(objects.values());
    }

    /** Every name and alias as the file writes them ("traffic-light", "lamp post"). */
    public Set<String> names() {
        return Collections.unmodifiableSet(written);
    }

    /**
     * The piece word {@code word} names, as said ("walls") or as its singular ("legs" → "leg", "leaves" → "leaf");
     * empty if none.
     */
    public Optional<String> pieceWord(String word) {
        if (pieceWords.contains(word)) {
            return Optional.of(word);
        }
        return Plurals.singulars(word).stream().filter(pieceWords::contains).findFirst();
    }

    /** The plural of a name or alias as people write it: "benches", "buses", "shelves", "lamp posts". */
    public static String plural(String name) {
        return Plurals.plural(name);
    }

    public int count() {
        return objects.size();
    }

    /** How a name is looked up: lowercase, words separated by one space, a hyphen read as a space. */
    static String key(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
