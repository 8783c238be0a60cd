package io.genx3d.monitoring.otlp;

/**
 * A minimal JSON writer for the exporter's one document shape: objects, arrays, strings (escaped as JSON requires),
 * numbers and literals, with commas placed between members. Not a general JSON library; see
 * {@link OtlpJsonSpanExporter} for why it exists.
 */
final class JsonText {

    private final StringBuilder text = new StringBuilder(1024);
    /** Whether the next member or element of the innermost container needs a comma before it. */
    private boolean needsComma;

    JsonText open(char bracket) {
        separate();
        text.append(bracket);
        needsComma = false;
        return this;
    }

    JsonText close(char bracket) {
        text.append(bracket);
        needsComma = true;
        return this;
    }

    JsonText key(String key) {
        separate();
        quote(key);
        text.append(':');
        needsComma = false;
        return this;
    }

    JsonText string(String value) {
        separate();
        if (value == null) {
            text.append("null");
        } else {
            quote(value);
        }
        needsComma = true;
        return this;
    }

    JsonText number(long value) {
        return literal(String.valueOf(value));
    }

    JsonText literal(String value) {
        separate();
        text.append(value);
        needsComma = true;
        return this;
    }

    private void separate() {
        if (needsComma) {
            text.append(',');
            needsComma = false;
        }
    }

    private void quote(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
