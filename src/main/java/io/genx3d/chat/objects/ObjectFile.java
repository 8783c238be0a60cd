package io.genx3d.chat.objects;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the object file, a block per object: an unindented {@code object <name> [aka <alias>, ...] category <word>}
 * line, then one indented line per piece ({@link PieceLine}). Lines starting with {@code #} are comments. Strict on
 * purpose: the file is edited by hand, so anything it cannot read exactly, and any name, alias or label said twice,
 * stops the load with the line, rather than quietly building an object with a piece missing.
 */
final class ObjectFile {

    /** One token, hyphenated for a compound ("traffic-light"): parts are named "traffic-light 1 pole". */
    private static final String NAME = "[a-z]+(?:-[a-z]+)*";

    private static final Pattern HEADER =
            Pattern.compile("object\\s+(" + NAME + ")(?:\\s+aka\\s+(.+?))?\\s+category\\s+([a-z]+)");
    /** An alias may be several words ("lamp post"), each like a name. */
    private static final Pattern ALIAS = Pattern.compile(NAME + "(?: " + NAME + ")*");

    private final String source;
    private final List<Blueprint> objects = new ArrayList<>();
    /** Every name and alias so far, as the library looks them up (hyphens as spaces), to refuse one said twice. */
    private final Set<String> words = new HashSet<>();

    private String name;
    private String category;
    private List<String> aliases;
    private List<Piece> pieces;
    private int headerLine;

    private ObjectFile(String source) {
        this.source = source;
    }

    /** The objects {@code lines} describe, in file order; {@code source} names the file in errors. */
    static List<Blueprint> parse(String source, List<String> lines) {
        ObjectFile file = new ObjectFile(source);
        for (int i = 0; i < lines.size(); i++) {
            file.line(lines.get(i), i + 1);
        }
        file.close();
        return List.copyOf(file.objects);
    }

    private void line(String text, int number) {
        if (text.isBlank() || text.strip().startsWith("#")) {
            return;
        }
        if (Character.isWhitespace(text.charAt(0))) {
            if (name == null) {
                throw new MalformedObjectFile(source, number, "a piece before any 'object' line");
            }
            Piece piece = PieceLine.read(text, source, number);
            if (pieces.stream().anyMatch(other -> other.label().equals(piece.label()))) {
                throw new MalformedObjectFile(source, number, name + " already has a piece '" + piece.label() + "'");
            }
            pieces.add(piece);
            return;
        }
        close();
        header(text.strip(), number);
    }

    private void header(String text, int number) {
        Matcher m = HEADER.matcher(text);
        if (!m.matches()) {
            throw new MalformedObjectFile(
                    source, number, "expected 'object <name> [aka <alias>, ...] category <category>', got: " + text);
        }
        name = m.group(1);
        category = m.group(3);
        aliases = new ArrayList<>();
        pieces = new ArrayList<>();
        headerLine = number;
        known(name, number);
        if (m.group(2) != null) {
            for (String alias : m.group(2).split(",")) {
                String words = alias.strip().replaceAll("\\s+", " ");
                if (!ALIAS.matcher(words).matches()) {
                    throw new MalformedObjectFile(source, number, "an alias is lowercase words, got '" + alias + "'");
                }
                known(words, number);
                aliases.add(words);
            }
        }
    }

    private void known(String word, int number) {
        if (!words.add(ObjectLibrary.key(word))) {
            throw new MalformedObjectFile(source, number, "'" + word + "' already names an object");
        }
    }

    private void close() {
        if (name == null) {
            return;
        }
        if (pieces.isEmpty()) {
            throw new MalformedObjectFile(source, headerLine, name + " has no pieces");
        }
        objects.add(new Blueprint(name, category, aliases, pieces));
        name = null;
    }
}
