package io.genx3d.chat.language;

import java.util.List;
import java.util.Optional;

/**
 * A word (or a phrase read as one) of a message, with every reading the vocabulary has for it: which one is meant is
 * the parser's to decide from the words around it. {@code said} is the word as corrected; {@code original} as typed.
 */
public record Token(String said, String original, List<Reading> readings, boolean plural) {

    public Token {
        readings = List.copyOf(readings);
    }

    public Token(String said, String original, List<Reading> readings) {
        this(said, original, readings, false);
    }

    public boolean is(WordKind kind) {
        return readings.stream().anyMatch(reading -> reading.kind() == kind);
    }

    public boolean is(WordKind kind, String meaning) {
        return readings.stream()
                .anyMatch(reading -> reading.kind() == kind && reading.meaning().equals(meaning));
    }

    public Optional<String> meaning(WordKind kind) {
        return readings.stream()
                .filter(reading -> reading.kind() == kind)
                .map(Reading::meaning)
                .findFirst();
    }

    /** A number said with digits ("3", "1.5") or in words ("three", "a"). */
    public Optional<Double> number() {
        if (said.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.of(Double.parseDouble(said));
        }
        return meaning(WordKind.NUMBER).map(Double::parseDouble);
    }

    public boolean isWord(String word) {
        return said.equals(word);
    }

    public boolean isUnknown() {
        return readings.isEmpty() && number().isEmpty();
    }

    /**
     * A word the vocabulary does not know, or one the spelling corrected into a word that instructs nothing ("dragon"
     * is no word of ours, whatever it is nearest to): what a sentence says about it cannot be carried out.
     */
    public boolean isUnknownNoun() {
        boolean corrected = !said.equals(original);
        boolean plainOnly = !readings.isEmpty() && readings.stream().allMatch(r -> r.kind() == WordKind.PLAIN);
        return isUnknown() || corrected && plainOnly;
    }

    @Override
    public String toString() {
        return said;
    }
}
