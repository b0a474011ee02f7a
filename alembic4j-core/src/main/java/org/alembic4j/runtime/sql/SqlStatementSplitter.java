package org.alembic4j.runtime.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a SQL script (the body of a plain-SQL revision) into statements at the semicolons that
 * end them: not those inside quotes ('...', "...", `...`), dollar quotes, comments, or the
 * BEGIN ... END body of a CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT.
 *
 * <p>Each statement is returned as written (comments inside it kept), without the terminating
 * semicolon and without surrounding whitespace. Pieces that hold only comments or whitespace
 * are dropped, since drivers reject empty statements.
 */
public final class SqlStatementSplitter {

    private static final Set<String> ROUTINE_WORDS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    /** Words after END that close a construct whose start we do not count. */
    private static final Set<String> UNCOUNTED_END_SUFFIXES = Set.of("IF", "LOOP", "WHILE", "REPEAT");
    /** A routine keyword this far into a CREATE statement still makes it a routine definition. */
    private static final int ROUTINE_WORD_WINDOW = 8;

    private final SqlSyntax syntax;

    public SqlStatementSplitter(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    /** The statements of {@code script}, in order. */
    public List<String> split(String script) {
        return new Scan(script).run();
    }

    /** One pass over one script; holds the cursor and the state of the current statement. */
    private final class Scan {
        private final String s;
        private final int n;
        private final List<String> out = new ArrayList<>();
        private int i;
        private int start;
        private boolean hasCode;
        private int words;
        private boolean createStatement;
        private boolean routine;
        private int blockDepth;

        Scan(String s) {
            this.s = s;
            this.n = s.length();
        }

        List<String> run() {
            while (i < n) {
                char c = s.charAt(i);
                if (c == '-' && peek(1) == '-' || c == '#' && syntax.hashComments()) {
                    skipLineComment();
                } else if (c == '/' && peek(1) == '*') {
                    skipBlockComment();
                } else if (c == '\'') {
                    hasCode = true;
                    skipString(i + 1, escapeStringPrefix());
                } else if (c == '"' || c == '`') {
                    hasCode = true;
                    skipQuoted(c);
                } else if (c == '$' && syntax.dollarQuotes() && dollarTagAt(i) != null) {
                    hasCode = true;
                    skipDollarQuoted(dollarTagAt(i));
                } else if (c == ';' && blockDepth <= 0) {
                    endStatement(i);
                    i++;
                    start = i;
                } else if (isWordStart(c) && !isWordPart(prev())) {
                    hasCode = true;
                    word();
                } else {
                    if (!Character.isWhitespace(c)) {
                        hasCode = true;
                    }
                    i++;
                }
            }
            endStatement(n);
            return out;
        }

        private void endStatement(int end) {
            if (hasCode) {
                out.add(s.substring(start, end).strip());
            }
            hasCode = false;
            words = 0;
            createStatement = false;
            routine = false;
            blockDepth = 0;
        }

        private void word() {
            int b = i;
            while (i < n && isWordPart(s.charAt(i))) {
                i++;
            }
            String w = s.substring(b, i).toUpperCase(Locale.ROOT);
            words++;
            if (words == 1) {
                createStatement = w.equals("CREATE");
            } else if (createStatement && words <= ROUTINE_WORD_WINDOW && ROUTINE_WORDS.contains(w)) {
                routine = true;
            }
            if (!routine) {
                return;
            }
            if (w.equals("BEGIN") || w.equals("CASE")) {
                blockDepth++;
            } else if (w.equals("END") && !UNCOUNTED_END_SUFFIXES.contains(nextWord())) {
                blockDepth--;
            }
        }

        /** The next word after the cursor (skipping whitespace), upper-cased, or "". */
        private String nextWord() {
            int j = i;
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            int b = j;
            while (j < n && isWordPart(s.charAt(j))) {
                j++;
            }
            return s.substring(b, j).toUpperCase(Locale.ROOT);
        }

        /** PostgreSQL E'...' strings use backslash escapes even though plain strings do not. */
        private boolean escapeStringPrefix() {
            if (syntax.backslashEscapes()) {
                return true;
            }
            char p = prev();
            return (p == 'E' || p == 'e') && !isWordPart(i >= 2 ? s.charAt(i - 2) : ' ');
        }

        private void skipLineComment() {
            while (i < n && s.charAt(i) != '\n') {
                i++;
            }
        }

        private void skipBlockComment() {
            int depth = 0;
            while (i < n) {
                if (s.charAt(i) == '/' && peek(1) == '*' && (depth == 0 || syntax.nestedComments())) {
                    depth++;
                    i += 2;
                } else if (s.charAt(i) == '*' && peek(1) == '/') {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    i++;
                }
            }
        }

        private void skipString(int from, boolean backslash) {
            i = from;
            while (i < n) {
                char c = s.charAt(i);
                if (backslash && c == '\\') {
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    return; // a doubled '' simply reopens the string on the next loop turn
                } else {
                    i++;
                }
            }
        }

        private void skipQuoted(char quote) {
            i++;
            while (i < n && s.charAt(i) != quote) {
                i++;
            }
            i++;
        }

        private void skipDollarQuoted(String tag) {
            int close = s.indexOf(tag, i + tag.length());
            i = close < 0 ? n : close + tag.length();
        }

        /** {@code $tag$} or {@code $$} starting at {@code at}, or null (e.g. a {@code $1} parameter). */
        private String dollarTagAt(int at) {
            if (isWordPart(at > 0 ? s.charAt(at - 1) : ' ')) {
                return null;
            }
            int j = at + 1;
            if (j < n && Character.isDigit(s.charAt(j))) {
                return null;
            }
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            return j < n && s.charAt(j) == '$' ? s.substring(at, j + 1) : null;
        }

        private char peek(int ahead) {
            return i + ahead < n ? s.charAt(i + ahead) : '\0';
        }

        private char prev() {
            return i > 0 ? s.charAt(i - 1) : ' ';
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
