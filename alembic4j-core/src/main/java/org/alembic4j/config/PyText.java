package org.alembic4j.config;

/**
 * The few Python string rules that Alembic's file formats and messages depend on, so that the
 * Java side splits, strips and quotes exactly as Python's {@code configparser} and {@code repr} do.
 */
public final class PyText {

    private PyText() {
    }

    /**
     * Python's {@code str.isspace()} for one character: Java's whitespace plus the no-break spaces
     * and NEL, which Python counts as whitespace and Java does not.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
    }

    /** Python's {@code str.strip()}. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.rstrip()}. */
    public static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Python's {@code repr()} of a string: single quotes unless the text holds a single quote and
     * no double quote; backslash, the quote and control characters escaped. Alembic's messages use
     * it ({@code %r}), e.g. {@code Path doesn't exist: '/abs/migrations'}.
     */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }
}
