package io.genx3d.chat.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrects a word the vocabulary does not know to the nearest one it does: one edit (a letter added, dropped, changed
 * or two swapped) for words of up to five letters, two for longer ones, never for words of one or two letters. Ties
 * go to the word that keeps the first letter, then to the likelier kind (a shape before an object before a verb),
 * then alphabetically, so a correction never depends on table order. Known words are never changed.
 */
final class Spelling {

    /** Kinds in the order a tie is given to them: what people most often mistype in a modelling chat. */
    private static final List<WordKind> PREFERRED = List.of(
            WordKind.SHAPE,
            WordKind.OBJECT,
            WordKind.COLOUR,
            WordKind.INTENT,
            WordKind.COMPARATIVE,
            WordKind.SIZE,
            WordKind.RELATION,
            WordKind.DIRECTION,
            WordKind.LAYOUT,
            WordKind.NUMBER,
            WordKind.PIECE);

    private final Vocabulary vocabulary;
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    Spelling(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String word : vocabulary.words()) {
            if (!word.contains(" ") && word.length() >= 3 && word.chars().allMatch(Character::isLetter)) {
                byLength.computeIfAbsent(word.length(), length -> new ArrayList<>())
                        .add(word);
            }
        }
    }

    /** What a short word (four letters or fewer) may be corrected to: a thing or a colour that starts like it. */
    private static final List<WordKind> SHORT_WORD_KINDS = List.of(WordKind.SHAPE, WordKind.OBJECT, WordKind.COLOUR);

    /** The word meant, if {@code word} is unknown and near enough one known word. */
    Optional<String> correct(String word) {
        if (word.length() < 3 || vocabulary.knows(word) || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        int allowed = word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        for (int length = word.length() - allowed; length <= word.length() + allowed; length++) {
            for (String candidate : byLength.getOrDefault(length, List.of())) {
                if (word.length() <= 4 && !suitsAShortWord(candidate, word)) {
                    continue;
                }
                int distance = distance(word, candidate, bestDistance);
                if (distance < bestDistance || (distance == bestDistance && better(candidate, best, word))) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Short words are where corrections go wrong ("sing" is not "ring", "glow" is not "grow"): one is corrected only to
     * a thing or a colour with the same first letter.
     */
    private boolean suitsAShortWord(String candidate, String word) {
        boolean startsAlike = candidate.charAt(0) == word.charAt(0)
                || candidate.length() > 1
                        && word.length() > 1
                        && candidate.charAt(0) == word.charAt(1)
                        && candidate.charAt(1) == word.charAt(0);
        if (!startsAlike) {
            return false;
        }
        // A wrong letter in a short word is as likely another word as a slip ("glow" is not "grow"): only when it
        // would name a thing or a colour; a swapped, dropped or doubled letter may be any word ("teh", "smal", "lft").
        return sameLettersOrOneMore(candidate, word)
                || vocabulary.readingsOf(candidate).stream().anyMatch(r -> SHORT_WORD_KINDS.contains(r.kind()));
    }

    /**
     * Whether one word is the other with two letters swapped, or with one letter more: no letter changed into another.
     */
    static boolean sameLettersOrOneMore(String a, String b) {
        if (a.length() == b.length()) {
            char[] x = a.toCharArray();
            char[] y = b.toCharArray();
            java.util.Arrays.sort(x);
            java.util.Arrays.sort(y);
            return java.util.Arrays.equals(x, y);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private boolean better(String candidate, String best, String word) {
        if (best == null) {
            return true;
        }
        boolean keepsFirst = candidate.charAt(0) == word.charAt(0);
        if (keepsFirst != (best.charAt(0) == word.charAt(0))) {
            return keepsFirst;
        }
        // A slip that swaps, drops or doubles a letter is likelier than one that types the wrong letter ("coens" is
        // "cones", not "coins"), and a letter left out likelier than one put in ("bloks" is "blocks", "weels"
        // "wheels").
        boolean sameLetters = sameLettersOrOneMore(candidate, word);
        if (sameLetters != sameLettersOrOneMore(best, word)) {
            return sameLetters;
        }
        if (candidate.length() != best.length()) {
            return candidate.length() > best.length();
        }
        int rank = rank(candidate);
        int bestRank = rank(best);
        return rank != bestRank ? rank < bestRank : candidate.compareTo(best) < 0;
    }

    private int rank(String word) {
        return vocabulary.readingsOf(word).stream()
                .map(reading -> PREFERRED.indexOf(reading.kind()))
                .map(index -> index < 0 ? PREFERRED.size() : index)
                .min(Comparator.naturalOrder())
                .orElse(PREFERRED.size());
    }

    /**
     * Optimal string alignment distance (Levenshtein with adjacent swaps), giving up once every path exceeds
     * {@code limit}: a candidate no better than the best so far costs little.
     */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
