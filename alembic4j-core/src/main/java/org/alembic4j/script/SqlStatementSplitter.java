package org.alembic4j.script;

import java.util.ArrayList;
import java.util.List;
import org.alembic4j.AlembicException;

/**
 * Splits a SQL script into statements at top-level {@code ;}. A semicolon does not split inside
 * {@code '...'} strings ({@code ''} escapes a quote; {@code E'...'} also takes backslash
 * escapes), {@code "..."} and {@code `...`} identifiers, PostgreSQL dollar quotes
 * ({@code $$...$$}, {@code $tag$...$tag$}), {@code --} line comments and {@code /* *\/} block
 * comments (nested, as PostgreSQL allows). Statements keep their inner comments, are stripped,
 * and a chunk holding only comments and whitespace is dropped.
 *
 * <p>Statements that themselves contain top-level semicolons (MySQL procedure bodies written with
 * {@code DELIMITER}) cannot be split this way; write them with dollar quoting (PostgreSQL) or use a
 * Java revision.
 */
public final class SqlStatementSplitter {

    private final boolean backslashEscapes;

    private SqlStatementSplitter(boolean backslashEscapes) {
        this.backslashEscapes = backslashEscapes;
    }

    /** Splits with standard SQL strings, where a backslash is an ordinary character. */
    public static List<String> split(String sql) {
        return new SqlStatementSplitter(false).run(sql);
    }

    /**
     * Splits; with {@code backslashEscapes} a backslash escapes the next character inside
     * {@code '...'} and {@code "..."} (MySQL's default).
     */
    public static List<String> split(String sql, boolean backslashEscapes) {
        return new SqlStatementSplitter(backslashEscapes).run(sql);
    }

    private List<String> run(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean hasCode = false; // something other than comments and whitespace since start
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                i = endOfLine(sql, i);
            } else if (c == '/' && next == '*') {
                i = endOfBlockComment(sql, i);
            } else if (c == ';') {
                if (hasCode) {
                    out.add(sql.substring(start, i).strip());
                }
                start = i + 1;
                hasCode = false;
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    hasCode = true;
                }
                if (c == '\'') {
                    boolean escapes = backslashEscapes || (i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                            && (i < 2 || !isIdentifierChar(sql.charAt(i - 2))));
                    i = endOfQuoted(sql, i, '\'', escapes);
                } else if (c == '"') {
                    i = endOfQuoted(sql, i, '"', backslashEscapes);
                } else if (c == '`') {
                    i = endOfQuoted(sql, i, '`', false);
                } else if (c == '$' && (i == 0 || !isIdentifierChar(sql.charAt(i - 1)))) {
                    i = endOfDollarQuote(sql, i);
                } else {
                    i++;
                }
            }
        }
        if (hasCode) {
            out.add(sql.substring(start).strip());
        }
        return out;
    }

    private static int endOfLine(String sql, int i) {
        int nl = sql.indexOf('\n', i);
        return nl < 0 ? sql.length() : nl + 1;
    }

    private static int endOfBlockComment(String sql, int i) {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new AlembicException("Unterminated /* comment in SQL: " + excerpt(sql, i));
    }

    /** The index after the closing quote; a doubled quote is part of the text. */
    private static int endOfQuoted(String sql, int open, char quote, boolean escapes) {
        int n = sql.length();
        int i = open + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (escapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new AlembicException("Unterminated " + quote + " quote in SQL: " + excerpt(sql, open));
    }

    /** {@code $tag$ ... $tag$}; a {@code $} that does not open a dollar quote is an ordinary character. */
    private static int endOfDollarQuote(String sql, int open) {
        int i = open + 1;
        int n = sql.length();
        if (i < n && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
            while (i < n && isIdentifierChar(sql.charAt(i)) && sql.charAt(i) != '$') {
                i++;
            }
        }
        if (i >= n || sql.charAt(i) != '$') {
            return open + 1; // e.g. the parameter marker $1
        }
        String tag = sql.substring(open, i + 1);
        int close = sql.indexOf(tag, i + 1);
        if (close < 0) {
            throw new AlembicException("Unterminated dollar quote " + tag + " in SQL: " + excerpt(sql, open));
        }
        return close + tag.length();
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static String excerpt(String sql, int at) {
        String rest = sql.substring(Math.min(at, sql.length()));
        return rest.length() > 40 ? rest.substring(0, 40) + "..." : rest;
    }
}
