package io.genx3d.chat;

/**
 * What one chat message may ask of the interpreter, so that its CPU is bounded whatever its text (finding 17): the
 * longest message in characters, the most clauses it may say (each sentence, and each part joined by "and" or
 * "then"), and the most overlap checks one arrangement makes (each thing it moves against each part it leaves where
 * it is) before it stands the arrangement beside the rest of the model instead, which needs none. A message over the
 * first two is refused before any of it is read ({@link ChatLimitExceeded}). Set by the {@code genx3d.chat.*}
 * settings ({@link ChatSettings}); {@link #DEFAULTS} are the shipped values.
 */
public record ChatLimits(int maxCharacters, int maxClauses, long maxArrangementChecks) {

    /** The shipped values: the longest message allowed before, 10 clauses (no corpus sentence says more than 4). */
    public static final ChatLimits DEFAULTS = new ChatLimits(2000, 10, 1_000_000);

    public ChatLimits {
        if (maxCharacters < 1 || maxClauses < 1 || maxArrangementChecks < 0) {
            throw new IllegalArgumentException(
                    "chat limits must be positive: " + maxCharacters + ", " + maxClauses + ", " + maxArrangementChecks);
        }
    }

    /** Refuses a message longer than {@link #maxCharacters}. */
    public void checkLength(String message) {
        if (message.length() > maxCharacters) {
            throw new ChatLimitExceeded(ChatLimitExceeded.Limit.MAX_CHARACTERS, maxCharacters, message.length());
        }
    }

    /** Refuses a message of more than {@link #maxClauses} clauses. */
    void checkClauses(int clauses) {
        if (clauses > maxClauses) {
            throw new ChatLimitExceeded(ChatLimitExceeded.Limit.MAX_CLAUSES, maxClauses, clauses);
        }
    }
}
