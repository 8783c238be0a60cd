package io.genx3d.chat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins the words of an object's name that takes several ("traffic light", "chest of drawers", "lamp posts") into the
 * one token the commands read ("traffic-light", "dresser", "lamp-posts"), before any word is read on its own: the
 * "can" of "trash can" is not a cylinder, nor the "floor" of "floor lamp" a plane. The phrases come from the object
 * library, so a new multi-word alias needs no change here. They are joined after the phrase rewrites, which read
 * "the traffic light is too big" as two words of a thing, except for a name with "of" in it, joined before them so
 * that "a chest of drawers" is not read as "a chest" of something.
 */
final class ObjectPhrases {

    /** Each phrase, singular and plural, as written with spaces, to the token it becomes. */
    private static final Map<String, String> TOKENS = new HashMap<>();

    private static final Pattern PHRASE;
    private static final Pattern PHRASE_WITH_OF;

    static {
        for (String name : Blueprints.names()) {
            if (name.contains(" ") || name.contains("-")) {
                String kind = Blueprints.named(name).orElseThrow();
                TOKENS.put(spaced(name), kind);
            }
        }
        // Then plurals, never in place of a name that is its own plural ("chest of drawers").
        for (String name : Blueprints.names()) {
            if (name.contains(" ") || name.contains("-")) {
                String kind = Blueprints.named(name).orElseThrow();
                TOKENS.putIfAbsent(spaced(Blueprints.plural(name)), Blueprints.plural(kind));
            }
        }
        // Longest first, so that no phrase is cut short by a shorter one it begins with.
        List<String> phrases = TOKENS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        PHRASE = alternatives(phrases);
        PHRASE_WITH_OF = alternatives(
                phrases.stream().filter(phrase -> phrase.contains(" of ")).toList());
    }

    private static Pattern alternatives(List<String> phrases) {
        return Pattern.compile("\\b(?:"
                + phrases.stream()
                        .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E[ -]\\Q"))
                        .collect(Collectors.joining("|"))
                + ")\\b");
    }

    private ObjectPhrases() {}

    /** {@code text} with every multi-word object name in it as its one token. */
    static String joined(String text) {
        return joined(PHRASE, text);
    }

    /** {@code text} with the names that have "of" in them joined, before anything reads "a box of ..." as a box. */
    static String joinedFirst(String text) {
        return joined(PHRASE_WITH_OF, text);
    }

    private static String joined(Pattern phrases, String text) {
        Matcher m = phrases.matcher(text);
        return m.replaceAll(match -> Matcher.quoteReplacement(TOKENS.get(spaced(match.group()))));
    }

    private static String spaced(String words) {
        return words.toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
