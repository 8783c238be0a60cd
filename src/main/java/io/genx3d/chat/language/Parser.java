package io.genx3d.chat.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a message's tokens into commands: the message is cut into clauses (at a sentence end, "then", or an "and"
 * before a new verb), fillers are dropped, each clause's slots are read ({@link ClauseReader}) and decided into one or
 * more {@link Command}s. A clause that yields none makes the whole message not understood here: a half-read message
 * must not half-change a model.
 */
public final class Parser {

    private final Tokenizer tokenizer;

    public Parser(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The commands the message asks for, in order; empty when any part of it could not be read. */
    public Optional<List<Command>> parse(String message) {
        return read(message).commands();
    }

    /**
     * The message tokenised and cut into clauses, once: its clauses can be counted (to refuse a message that says too
     * much before reading any of it) and then read into commands without tokenising it again.
     */
    public Read read(String message) {
        List<Token> tokens = tokenizer.tokens(message);
        return new Read(message, tokens, clauses(tokens));
    }

    /** A message tokenised and cut into clauses, not yet read into commands. */
    public record Read(String message, List<Token> tokens, List<List<Token>> clauses) {

        public int clauseCount() {
            return clauses.size();
        }

        /** The commands the message asks for, in order; empty when any clause could not be read. */
        public Optional<List<Command>> commands() {
            List<Command> commands = new ArrayList<>();
            for (List<Token> clause : clauses) {
                List<Command> read = new ClauseReader(clause, message).read();
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                commands.addAll(read);
            }
            return commands.isEmpty() ? Optional.empty() : Optional.of(commands);
        }

        /**
         * What the message seemed to be about, for offering sentences instead when it could not be read: the meaning of
         * its first verb ("paint", "move"…) and the first shape or object it named, either absent.
         */
        public Gist gist() {
            String intent = null;
            String thing = null;
            for (Token token : tokens) {
                if (intent == null && !isFiller(token)) {
                    intent = token.meaning(WordKind.INTENT).orElse(null);
                }
                if (thing == null) {
                    thing = token.meaning(WordKind.SHAPE)
                            .or(() -> token.meaning(WordKind.OBJECT))
                            .orElse(null);
                }
            }
            return new Gist(intent, thing);
        }
    }

    /** What a message seemed to ask for and about which kind of thing; either may be null. */
    public record Gist(String intent, String thing) {}

    /** How many clauses the message holds, counted as {@link #parse} cuts them. */
    public int clauseCount(String message) {
        return read(message).clauseCount();
    }

    static List<List<Token>> clauses(List<Token> tokens) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isFiller(token)) {
                continue;
            }
            boolean cut = token.is(WordKind.CONNECTIVE, "then")
                    || (token.is(WordKind.CONNECTIVE, "and") && startsAnEdit(tokens, i + 1));
            if (cut) {
                if (!current.isEmpty()) {
                    clauses.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current);
        }
        return clauses;
    }

    /** Whether the words after an "and" begin a new instruction: a verb, not more of the same list. */
    private static boolean startsAnEdit(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isFiller(token)) {
                continue;
            }
            return token.is(WordKind.INTENT)
                    && !token.is(WordKind.SHAPE)
                    && !token.is(WordKind.OBJECT)
                    && !token.is(WordKind.COLOUR);
        }
        return false;
    }

    /** A word that only softens or wraps a request ("please", "can you", "i want"). */
    static boolean isFiller(Token token) {
        return token.is(WordKind.FILLER)
                && token.readings().stream()
                        .allMatch(reading -> reading.kind() == WordKind.FILLER || reading.kind() == WordKind.PLAIN);
    }
}
