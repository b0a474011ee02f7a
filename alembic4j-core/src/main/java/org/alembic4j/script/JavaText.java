package org.alembic4j.script;

import java.util.List;

/**
 * How revision metadata is spelled inside a Java revision file: string and array literals, the
 * class name derived from the revision id, and the escaping that keeps the docstring inside its
 * block comment.
 */
final class JavaText {

    private JavaText() {
    }

    /**
     * A Java string literal. Backslashes are doubled, which also keeps a Unicode escape written in
     * the text inert (javac expands those before it sees literals).
     */
    static String stringLiteral(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c)); // octal: never a Unicode escape
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An annotation array value: {@code {}}, {@code {"a"}} or {@code {"a", "b"}}. */
    static String arrayLiteral(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(stringLiteral(values.get(i)));
        }
        return out.append('}').toString();
    }

    /**
     * A class name unique to the revision id: {@code Migration_} followed by the id with ASCII
     * letters and digits kept, {@code _} doubled, and any other character written as
     * {@code _<hex code point>_}. The mapping is one-to-one, so two revisions never share a class
     * name even when compiled together ({@code "bad id"} becomes {@code Migration_bad_20_id}).
     */
    static String className(String revisionId) {
        StringBuilder out = new StringBuilder("Migration_");
        revisionId.codePoints().forEach(cp -> {
            if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '_') {
                out.append("__");
            } else {
                out.append('_').append(Integer.toHexString(cp)).append('_');
            }
        });
        return out.toString();
    }

    /**
     * Makes docstring text safe inside {@code /* ... *\/}: every backslash is doubled and a
     * {@code /} that follows {@code *} gets a backslash in front. So the text can never close the
     * comment, and no Unicode escape can appear in it (backslash runs are always even).
     * {@link #decodeComment} reverses it exactly.
     */
    static String encodeComment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
                out.append("\\/");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Reverses {@link #encodeComment}: {@code \\} becomes {@code \} and {@code \/} becomes
     * {@code /}. Any other backslash (hand-written text) is kept as it is.
     */
    static String decodeComment(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '/')) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
