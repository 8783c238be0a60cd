package io.genx3d.chat;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import java.util.Locale;
import java.util.Map;

/**
 * A chat message that says more than one message may ({@link ChatLimits}): a {@code 400} in the seed's envelope whose
 * details name the field ({@code message}), the limit, its value and the message's own, e.g.
 * {@code {"field":"message","limit":"max_clauses","max_clauses":10,"clauses":334}}. Nothing of the message is done.
 */
public final class ChatLimitExceeded extends ApiException {

    private static final long serialVersionUID = 1L;

    /** Which limit, with the names its details use. */
    public enum Limit {
        MAX_CHARACTERS("characters", "a chat message may have at most %,d characters"),
        MAX_CLAUSES(
                "clauses",
                "a chat message may have at most %,d (each sentence, and each part joined by \"and\" or \"then\", is"
                        + " one): say the rest in another message");

        private final String counted;
        private final String rule;

        Limit(String counted, String rule) {
            this.counted = counted;
            this.rule = rule;
        }

        /** The name in the details: {@code max_characters}, {@code max_clauses}. */
        public String key() {
            return "max_" + counted;
        }
    }

    private final Limit limit;

    ChatLimitExceeded(Limit limit, int max, int actual) {
        super(
                ErrorCode.BAD_REQUEST,
                String.format(Locale.ROOT, "message has %,d %s; ", actual, limit.counted)
                        + String.format(Locale.ROOT, limit.rule, max),
                Map.of("field", "message", "limit", limit.key(), limit.key(), max, limit.counted, actual));
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
