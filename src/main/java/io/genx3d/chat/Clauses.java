package io.genx3d.chat;

import io.genx3d.models.Colours;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a message that says several things into one clause each, in the commands' words: "a cube and two
 * spheres", "make it bigger and paint it blue", "create a cube, then add a sphere on top". A part after "and"
 * that starts with a verb is a clause of its own; one that names a thing ("two spheres", "the sphere") borrows the
 * verb before it. An "and" inside a size ("2 wide and 1 tall"), a place
 * ("between the cube and the cone") or a list of exceptions ("everything except the cube and the cone") is left where it
 * is.
 */
final class Clauses {

    private static final Pattern THEN = Pattern.compile(" (?:and then|then|after that|afterwards|; ?) ");
    private static final String AND = " and ";
    private static final Pattern BETWEEN = Pattern.compile(".*\\bbetween (?:the |my )?[a-z0-9]+(?: [a-z0-9]+)?$");
    /** "remove everything except the cube and the sphere": the things after "except" are one list. */
    private static final Pattern EXCEPT = Pattern.compile(
            ".*\\b(?:except|but|apart from|other than|besides|save for|aside from|keep only|keep just)\\b.*");

    /** "paint the ball and the cube blue", "make the cube and the cone bigger": one change said of two things. */
    private static final Pattern SHARED =
            Pattern.compile("^(paint|colou?r|make|turn) ((?:the |my )?[a-z]+(?: [a-z]+)?) and "
                    + "((?:the |my )?[a-z]+(?: [a-z]+)?) ([a-z]+)$");

    private static final Pattern CHANGE =
            Pattern.compile("bigger|larger|smaller|taller|shorter|wider|narrower|thinner|thicker|darker|lighter");
    /** "build a house with a red roof": the object, then its piece painted. */
    private static final Pattern WITH_PIECE =
            Pattern.compile("^(.*\\b(?:add|build|make|create|draw|put|place|have|like|want|need) .+?) with "
                    + "(?:a |an |the )?([a-z]+) ([a-z]+)$");

    private static final Pattern THING = Pattern.compile(
            "^(?:a|an|the|some|another|\\d+|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) .*");

    private Clauses() {}

    /**
     * How many clauses {@code text} (as {@link Words#normalise} left it) can hold at most: one per sentence, and one
     * more for every "and" in it. Counted before any of it is read, so that a message of hundreds of "and"s is refused
     * for the price of one pass over it ({@link ChatLimits#maxClauses}).
     */
    static int count(String text) {
        int clauses = 0;
        for (String sentence : THEN.split(text)) {
            clauses++;
            for (int at = sentence.indexOf(AND); at >= 0; at = sentence.indexOf(AND, at + AND.length())) {
                clauses++;
            }
        }
        return clauses;
    }

    /** {@code text} as {@link Words#normalise} left it; each clause as {@link Lexicon#canonical} reads it. */
    static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        for (String whole : THEN.split(text)) {
            String sentence = withPiece(shared(whole));
            String[] parts = sentence.split(AND);
            // What the current clause said, before it was read: an "and" joined to it is read with the whole. It is
            // read (Lexicon.canonical) once, when it ends, never again for each "and" joined to it (finding 17), and
            // whether it says "except" is kept as it grows rather than searched for again.
            String said = parts[0];
            String read = null;
            boolean excepting = EXCEPT.matcher(said).matches();
            for (int i = 1; i < parts.length; i++) {
                if (BETWEEN.matcher(parts[i - 1]).matches()) {
                    // "between the cube and the cone": one place, not two clauses.
                    said = said + AND + parts[i];
                    read = null;
                    excepting |= EXCEPT.matcher(parts[i]).matches();
                    parts[i] = parts[i - 1] + AND + parts[i];
                    continue;
                }
                if (excepting && THING.matcher(parts[i]).matches()) {
                    said = said + AND + parts[i];
                    read = null;
                    continue;
                }
                String next = Lexicon.canonical(parts[i]);
                if (startsWithVerb(parts[i], next)) {
                    clauses.add(read == null ? Lexicon.canonical(said) : read);
                    said = parts[i];
                    read = next;
                    excepting = EXCEPT.matcher(said).matches();
                } else if (THING.matcher(parts[i]).matches() && mentionsThing(next)) {
                    String current = read == null ? Lexicon.canonical(said) : read;
                    clauses.add(current);
                    said = current.split(" ", 2)[0] + " " + parts[i];
                    read = null;
                    excepting = EXCEPT.matcher(said).matches();
                } else {
                    said = said + AND + parts[i];
                    read = null;
                    excepting |= EXCEPT.matcher(parts[i]).matches();
                }
            }
            clauses.add(read == null ? Lexicon.canonical(said) : read);
        }
        // "ok cool, add a cube": a clause of nothing but an interjection says nothing.
        List<String> saying =
                clauses.stream().filter(clause -> !clause.isBlank()).toList();
        return saying.isEmpty() ? clauses : saying;
    }

    /** "paint the ball and the cube blue" as "paint the ball blue and paint the cube blue"; other text as it is. */
    private static String shared(String sentence) {
        java.util.regex.Matcher m = SHARED.matcher(sentence);
        if (!m.matches() || !isChange(m.group(4)) || isChange(m.group(2).replaceFirst(".* ", ""))) {
            // Not a shared change, or each thing has its own: "make the cube blue and the sphere green".
            return sentence;
        }
        return m.group(1) + " " + m.group(2) + " " + m.group(4) + " and " + m.group(1) + " " + m.group(3) + " "
                + m.group(4);
    }

    private static String withPiece(String sentence) {
        java.util.regex.Matcher m = WITH_PIECE.matcher(sentence);
        if (!m.matches()
                || Colours.hex(m.group(2)).isEmpty()
                || Blueprints.pieceWord(m.group(3)).isEmpty()) {
            return sentence;
        }
        return m.group(1) + " and paint its " + m.group(3) + " " + m.group(2);
    }

    private static boolean isChange(String word) {
        return Colours.hex(word).isPresent() || CHANGE.matcher(word).matches();
    }

    private static boolean startsWithVerb(String said, String canonical) {
        String first = said.split(" ", 2)[0];
        return !THING.matcher(said).matches()
                && !first.matches("\\d.*|with|that|which|by|of|in|on|at")
                && !canonical.equals(said.isEmpty() ? "" : "add " + said)
                && Lexicon.startsWithVerb(canonical);
    }

    /** A shape, or one of the named objects. */
    private static boolean mentionsThing(String text) {
        return Words.mentionsShape(text)
                || java.util.Arrays.stream(text.split(" "))
                        .anyMatch(word -> Blueprints.named(word).isPresent());
    }
}
