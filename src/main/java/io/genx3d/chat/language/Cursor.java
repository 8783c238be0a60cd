package io.genx3d.chat.language;

import java.util.List;
import java.util.Optional;

/** A place in a clause's tokens, for the readers that take words off it one phrase at a time. */
final class Cursor {

    private final List<Token> tokens;
    private int at;

    Cursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean done() {
        return at >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} places on, or an empty token past the end. */
    Token peek(int ahead) {
        int index = at + ahead;
        return index >= 0 && index < tokens.size() ? tokens.get(index) : new Token("", "", List.of());
    }

    Token next() {
        return tokens.get(at++);
    }

    int mark() {
        return at;
    }

    void reset(int mark) {
        at = mark;
    }

    boolean take(String word) {
        if (!done() && peek().isWord(word)) {
            at++;
            return true;
        }
        return false;
    }

    boolean take(WordKind kind, String meaning) {
        if (!done() && peek().is(kind, meaning)) {
            at++;
            return true;
        }
        return false;
    }

    Optional<Token> take(WordKind kind) {
        if (!done() && peek().is(kind)) {
            return Optional.of(next());
        }
        return Optional.empty();
    }
}
