package io.genx3d.chat.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a message into tokens, once: lowercased, contractions opened, emoji and stray symbols dropped, every unknown
 * word corrected ({@link Spelling}), and the longest known phrase read as one token. A sentence end (. ! ? ;) is a
 * {@code then} connective, so sentences are clauses like any other. Linear in the message: each word is looked at a
 * bounded number of times, and a misspelling met twice is corrected once.
 */
public final class Tokenizer {

    private static final Pattern SYMBOLS = Pattern.compile("[^a-z0-9 .,;:!?'#%°&\\-\\n]");
    private static final Pattern NUMBER_TIMES_NUMBER = Pattern.compile("(?<=\\d)\\s*[x×*]\\s*(?=\\d)");
    private static final Pattern NUMBER_THEN_LETTERS =
            Pattern.compile("\\b(\\d+(?:\\.\\d+)?)(x|deg|degrees|m|cm|%|°)(?![a-z0-9])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\d)[.!?;:\\n]+|[.!?;:\\n]+(?!\\d)");
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("let's", "let us"),
            Map.entry("lets", "let us"),
            Map.entry("what's", "what is"),
            Map.entry("whats", "what is"),
            Map.entry("it's", "it is"),
            Map.entry("its", "its"),
            Map.entry("that's", "that is"),
            Map.entry("thats", "that is"),
            Map.entry("there's", "there is"),
            Map.entry("theres", "there is"),
            Map.entry("where's", "where is"),
            Map.entry("wheres", "where is"),
            Map.entry("how's", "how is"),
            Map.entry("i'd", "i would"),
            Map.entry("id", "i would"),
            Map.entry("i'm", "i am"),
            Map.entry("im", "i am"),
            Map.entry("i'll", "i will"),
            Map.entry("don't", "do not"),
            Map.entry("dont", "do not"),
            Map.entry("doesn't", "does not"),
            Map.entry("can't", "can not"),
            Map.entry("cant", "can not"),
            Map.entry("won't", "will not"),
            Map.entry("isn't", "is not"),
            Map.entry("aren't", "are not"),
            Map.entry("you're", "you are"),
            Map.entry("we're", "we are"),
            Map.entry("they're", "they are"),
            Map.entry("i've", "i have"),
            Map.entry("gimme", "give me"),
            Map.entry("lemme", "let me"),
            Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"),
            Map.entry("gotta", "got to"),
            Map.entry("kinda", "kind of"),
            // chat spellings
            Map.entry("em", "them"),
            Map.entry("'em", "them"),
            Map.entry("hw", "how"),
            Map.entry("hwo", "how"),
            Map.entry("wat", "what"),
            Map.entry("wut", "what"),
            Map.entry("waht", "what"),
            Map.entry("mny", "many"),
            Map.entry("ur", "your"),
            Map.entry("r", "are"),
            Map.entry("alot", "a lot"),
            Map.entry("eachother", "each other"),
            Map.entry("ontop", "on top"),
            Map.entry("infront", "in front"));

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern LOOKING =
            Pattern.compile("^([a-z]+?)(?:-?looking|-?coloured|-?colored|-?ish|-?y|dish)$");
    private static final Pattern CONTRACTED = Pattern.compile("^([a-z]+)'(ll|re|ve|d)$");
    private static final Map<String, String> SUFFIXES = Map.of("ll", "will", "re", "are", "ve", "have", "d", "would");

    private final Vocabulary vocabulary;
    private final Spelling spelling;

    public Tokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.spelling = new Spelling(vocabulary);
    }

    public List<Token> tokens(String message) {
        String text = message.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        String before;
        do {
            before = text;
            text = NUMBER_TIMES_NUMBER.matcher(text).replaceAll(" x ");
        } while (!text.equals(before));
        text = NUMBER_THEN_LETTERS.matcher(text).replaceAll("$1 $2");
        text = SYMBOLS.matcher(text).replaceAll(" ");
        text = SENTENCE_END.matcher(text).replaceAll(" . ");
        text = text.replace(",", " , ").replace("&", " and ");
        List<String> words = new ArrayList<>();
        for (String raw : text.split("\\s+")) {
            for (String word : open(raw).split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return compoundNumbers(phrases(corrected(words), words));
    }

    /** "forty five" is 45, "twenty one" 21: a ten and a unit said one after the other are one number. */
    private static List<Token> compoundNumbers(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Double tens = token.is(WordKind.NUMBER) ? token.number().orElse(null) : null;
            Double units = i + 1 < tokens.size() && tokens.get(i + 1).is(WordKind.NUMBER)
                    ? tokens.get(i + 1).number().orElse(null)
                    : null;
            if (tens != null
                    && units != null
                    && tens >= 20
                    && tens < 100
                    && tens % 10 == 0
                    && units >= 1
                    && units <= 9
                    && !tokens.get(i + 1).is(WordKind.DETERMINER)) {
                String sum = String.valueOf((int) (tens + units));
                result.add(new Token(sum, token.said() + " " + tokens.get(i + 1).said(), List.of()));
                i++;
            } else {
                result.add(token);
            }
        }
        return result;
    }

    /**
     * Each unknown word corrected, except those inside a known phrase as typed ("get rid of" keeps "rid"): a phrase
     * is read before its words are guessed at.
     */
    private List<String> corrected(List<String> words) {
        boolean[] inPhrase = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(vocabulary.longestPhrase(), words.size() - i); n >= 2; n--) {
                if (vocabulary.knows(String.join(" ", words.subList(i, i + n)))) {
                    java.util.Arrays.fill(inPhrase, i, i + n, true);
                    break;
                }
            }
        }
        Map<String, String> memo = new HashMap<>();
        List<String> result = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            result.add(inPhrase[i] ? word : memo.computeIfAbsent(word, this::corrected));
        }
        return result;
    }

    private String open(String word) {
        // A minus before a number is its sign ("spin it -90", "(1, 0, -1)"); elsewhere a dash only joins or decorates.
        String bare = word.matches("-\\d+(?:\\.\\d+)?") ? word : word.replaceAll("^['\\-]+|['\\-]+$", "");
        String opened = CONTRACTIONS.get(bare);
        if (opened != null) {
            return opened;
        }
        if (bare.endsWith("'s")) {
            return bare.substring(0, bare.length() - 2) + " 's";
        }
        java.util.regex.Matcher contracted = CONTRACTED.matcher(bare);
        if (contracted.matches()) {
            return contracted.group(1) + " " + SUFFIXES.get(contracted.group(2));
        }
        if (vocabulary.knows(bare)) {
            return bare;
        }
        java.util.regex.Matcher looking = LOOKING.matcher(bare);
        // "-y" only after a colour ("bluey"): after a material it makes another word ("leafy", "stony")
        boolean plainY = bare.endsWith("y") && !bare.endsWith("ish") && !bare.contains("-");
        if (looking.matches()
                && vocabulary.readingsOf(looking.group(1)).stream()
                        .anyMatch(r -> r.kind() == WordKind.COLOUR || !plainY && r.kind() == WordKind.MATERIAL)) {
            return looking.group(1); // "wooden-looking", "red-coloured", "reddish", "bluey"
        }
        return bare.replace("'", "");
    }

    private String corrected(String word) {
        return spelling.correct(word).orElse(word);
    }

    /** The longest known phrase at each place, read as one token; a comma or a sentence end as a connective. */
    private List<Token> phrases(List<String> words, List<String> typed) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            List<Reading> readings = List.of();
            for (int n = Math.min(vocabulary.longestPhrase(), words.size() - i); n >= 1; n--) {
                List<Reading> found = vocabulary.readingsOf(String.join(" ", words.subList(i, i + n)));
                if (!found.isEmpty()) {
                    taken = n;
                    readings = found;
                    break;
                }
            }
            String said = String.join(" ", words.subList(i, i + taken));
            if (HEX_COLOUR.matcher(said).matches()) {
                readings = List.of(new Reading(WordKind.COLOUR, said)); // "a #123abc cube"
            } else if (said.equals(".")) {
                readings = List.of(new Reading(WordKind.CONNECTIVE, "then"));
            } else if (said.equals(",")) {
                readings = List.of(new Reading(WordKind.CONNECTIVE, "and"));
            }
            tokens.add(new Token(
                    said, String.join(" ", typed.subList(i, i + taken)), readings, vocabulary.isPlural(said)));
            i += taken;
        }
        return tokens;
    }
}
