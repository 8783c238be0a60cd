package io.genx3d.validation;

import io.genx3d.errors.ApiException;

/**
 * Text that must read as it is written, such as an email address: no control characters (an ESC that recolours a
 * terminal reading the log, a line break that starts a new log line or mail header), no invisible ones (zero-width
 * spaces and joiners, soft hyphens, byte-order marks, separators) and no bidirectional formatting (overrides, embeddings,
 * isolates, marks) that shows an address other than the one stored. Names allow what a name may need (a zero-width
 * joiner in a script or an emoji); an address has no use for any of these.
 */
public final class VisibleText {

    static final String PROBLEM =
            "must not contain control or invisible characters (such as zero-width spaces or bidirectional formatting)";

    private VisibleText() {}

    /** {@code value} as it is, or the envelope's 400 naming {@code field}. */
    public static String require(String field, String value) {
        if (value.codePoints().anyMatch(VisibleText::isHidden)) {
            throw ApiException.badField(field, PROBLEM);
        }
        return value;
    }

    /** Every space but the plain one, which shows (an address with one is refused for its shape instead). */
    static boolean isHidden(int codePoint) {
        return codePoint != ' '
                && switch (Character.getType(codePoint)) {
                    case Character.CONTROL,
                            Character.FORMAT,
                            Character.SPACE_SEPARATOR,
                            Character.LINE_SEPARATOR,
                            Character.PARAGRAPH_SEPARATOR,
                            Character.SURROGATE,
                            Character.PRIVATE_USE,
                            Character.UNASSIGNED -> true;
                    default -> false;
                };
    }
}
