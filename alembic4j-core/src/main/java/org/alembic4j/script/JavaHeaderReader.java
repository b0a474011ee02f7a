package org.alembic4j.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.config.PyText;

/**
 * Reads the header of a Java revision file without compiling it: the leading block comment (the
 * docstring) and the string literals of the {@code @Revision(...)} annotation. Reading stops at
 * the annotation's closing parenthesis.
 *
 * <p>Before the annotation, comments, string, text-block and character literals are skipped so
 * that an {@code @Revision} inside them is not mistaken for the annotation. Annotation values must
 * be string literals (Java escapes allowed, {@code +} concatenation of literals allowed) or
 * {@code {...}} arrays of them; anything else is reported with its line.
 */
final class JavaHeaderReader {

    private static final List<String> ELEMENTS = List.of("id", "down", "branchLabels", "dependsOn", "message");

    private final CharCursor in;

    JavaHeaderReader(CharCursor in) {
        this.in = in;
    }

    RevisionHeader read() throws MalformedHeaderException {
        String docstring = readDocstring();
        findAnnotation();
        Map<String, List<String>> values = readElements();
        List<String> id = values.get("id");
        if (id == null) {
            throw new MalformedHeaderException(in.line(), "@Revision has no id");
        }
        if (id.size() != 1 || id.get(0).isEmpty()) {
            throw new MalformedHeaderException(in.line(), "@Revision id must be one non-empty string");
        }
        List<String> message = values.getOrDefault("message", List.of());
        if (message.size() > 1) {
            throw new MalformedHeaderException(in.line(), "@Revision message must be one string");
        }
        // The annotation's message is for precompiled classes; a file's leading comment wins.
        if (docstring.isEmpty() && !message.isEmpty()) {
            docstring = message.get(0);
        }
        return new RevisionHeader(id.get(0),
                values.getOrDefault("down", List.of()),
                values.getOrDefault("branchLabels", List.of()),
                values.getOrDefault("dependsOn", List.of()),
                docstring);
    }

    /** The first block comment, if only whitespace and line comments come before it. */
    private String readDocstring() throws MalformedHeaderException {
        while (true) {
            skipWhitespace();
            if (in.peek() == '/' && in.peek(1) == '/') {
                skipLineComment();
            } else if (in.peek() == '/' && in.peek(1) == '*') {
                return PyText.strip(JavaText.decodeComment(readBlockComment()));
            } else {
                return "";
            }
        }
    }

    /** Advances past {@code @Revision} or {@code @org.alembic4j.Revision} and its {@code (}. */
    private void findAnnotation() throws MalformedHeaderException {
        while (true) {
            int c = in.peek();
            if (c == CharCursor.EOF) {
                throw new MalformedHeaderException(in.line(), "no @Revision(...) annotation found");
            }
            if (c == '/' && in.peek(1) == '/') {
                skipLineComment();
            } else if (c == '/' && in.peek(1) == '*') {
                readBlockComment();
            } else if (c == '"') {
                if (in.peek(1) == '"' && in.peek(2) == '"') {
                    skipTextBlock();
                } else {
                    readStringLiteral();
                }
            } else if (c == '\'') {
                skipCharLiteral();
            } else if (c == '@') {
                in.next();
                skipTrivia();
                String name = readQualifiedName();
                if (name.equals("Revision") || name.equals("org.alembic4j.Revision")) {
                    skipTrivia();
                    expect('(', "'(' after @Revision");
                    return;
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                readIdentifier(); // keeps words such as "x@Revision" from matching mid-identifier
            } else {
                in.next();
            }
        }
    }

    private Map<String, List<String>> readElements() throws MalformedHeaderException {
        Map<String, List<String>> values = new HashMap<>();
        skipTrivia();
        if (in.peek() == ')') {
            in.next();
            return values;
        }
        while (true) {
            skipTrivia();
            int line = in.line();
            String name = readIdentifier();
            if (name.isEmpty()) {
                throw new MalformedHeaderException(line, "expected an element name (id, down, branchLabels, dependsOn, message)"
                        + " in @Revision, found " + describeNext());
            }
            if (!ELEMENTS.contains(name)) {
                throw new MalformedHeaderException(line, "unknown @Revision element '" + name + "'");
            }
            if (values.containsKey(name)) {
                throw new MalformedHeaderException(line, "@Revision element '" + name + "' is given twice");
            }
            skipTrivia();
            expect('=', "'=' after '" + name + "'");
            skipTrivia();
            values.put(name, readValue(name));
            skipTrivia();
            int c = in.next();
            if (c == ')') {
                return values;
            }
            if (c != ',') {
                throw new MalformedHeaderException(in.line(), "expected ',' or ')' after the value of '" + name
                        + "', found " + describe(c));
            }
        }
    }

    private List<String> readValue(String name) throws MalformedHeaderException {
        if (in.peek() != '{') {
            return List.of(readConcatenation(name));
        }
        in.next();
        List<String> out = new ArrayList<>();
        while (true) {
            skipTrivia();
            if (in.peek() == '}') {
                in.next();
                return out;
            }
            out.add(readConcatenation(name));
            skipTrivia();
            int c = in.next();
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw new MalformedHeaderException(in.line(), "expected ',' or '}' in the array of '" + name
                        + "', found " + describe(c));
            }
        }
    }

    /** One string literal, or several joined with {@code +}. */
    private String readConcatenation(String name) throws MalformedHeaderException {
        StringBuilder out = new StringBuilder();
        while (true) {
            if (in.peek() != '"' || (in.peek(1) == '"' && in.peek(2) == '"')) {
                throw new MalformedHeaderException(in.line(), "the value of '" + name
                        + "' must be a string literal or {...} of string literals, found " + describeNext());
            }
            out.append(readStringLiteral());
            skipTrivia();
            if (in.peek() != '+') {
                return out.toString();
            }
            in.next();
            skipTrivia();
        }
    }

    private String readStringLiteral() throws MalformedHeaderException {
        int line = in.line();
        in.next(); // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = in.next();
            if (c == '"') {
                return out.toString();
            }
            if (c == CharCursor.EOF || c == '\n' || c == '\r') {
                throw new MalformedHeaderException(line, "unterminated string literal");
            }
            if (c == '\\') {
                readEscape(out, line);
            } else {
                out.append((char) c);
            }
        }
    }

    private void readEscape(StringBuilder out, int line) throws MalformedHeaderException {
        int c = in.next();
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case 's' -> out.append(' ');
            case '"', '\'', '\\' -> out.append((char) c);
            case 'u' -> {
                while (in.peek() == 'u') {
                    in.next();
                }
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(in.next(), 16);
                    if (digit < 0) {
                        throw new MalformedHeaderException(line, "bad \\u escape in string literal");
                    }
                    value = value * 16 + digit;
                }
                out.append((char) value);
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int value = c - '0';
                    int maxDigits = c <= '3' ? 2 : 1;
                    for (int i = 0; i < maxDigits && in.peek() >= '0' && in.peek() <= '7'; i++) {
                        value = value * 8 + (in.next() - '0');
                    }
                    out.append((char) value);
                } else {
                    throw new MalformedHeaderException(line, "bad escape \\" + describe(c) + " in string literal");
                }
            }
        }
    }

    private String readBlockComment() throws MalformedHeaderException {
        int line = in.line();
        in.next();
        in.next();
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = in.next();
            if (c == CharCursor.EOF) {
                throw new MalformedHeaderException(line, "unterminated /* comment");
            }
            if (c == '*' && in.peek() == '/') {
                in.next();
                return out.toString();
            }
            out.append((char) c);
        }
    }

    private void skipLineComment() {
        while (in.peek() != '\n' && in.peek() != CharCursor.EOF) {
            in.next();
        }
    }

    private void skipTextBlock() throws MalformedHeaderException {
        int line = in.line();
        in.next();
        in.next();
        in.next();
        while (true) {
            int c = in.next();
            if (c == CharCursor.EOF) {
                throw new MalformedHeaderException(line, "unterminated text block");
            }
            if (c == '\\') {
                in.next();
            } else if (c == '"' && in.peek() == '"' && in.peek(1) == '"') {
                in.next();
                in.next();
                return;
            }
        }
    }

    private void skipCharLiteral() {
        in.next();
        while (true) {
            int c = in.next();
            if (c == '\\') {
                in.next();
            } else if (c == '\'' || c == '\n' || c == CharCursor.EOF) {
                return;
            }
        }
    }

    private void skipWhitespace() {
        while (in.peek() != CharCursor.EOF && Character.isWhitespace(in.peek())) {
            in.next();
        }
    }

    /** Whitespace and comments between tokens. */
    private void skipTrivia() throws MalformedHeaderException {
        while (true) {
            skipWhitespace();
            if (in.peek() == '/' && in.peek(1) == '/') {
                skipLineComment();
            } else if (in.peek() == '/' && in.peek(1) == '*') {
                readBlockComment();
            } else {
                return;
            }
        }
    }

    private String readIdentifier() {
        StringBuilder out = new StringBuilder();
        if (in.peek() != CharCursor.EOF && Character.isJavaIdentifierStart(in.peek())) {
            out.append((char) in.next());
            while (in.peek() != CharCursor.EOF && Character.isJavaIdentifierPart(in.peek())) {
                out.append((char) in.next());
            }
        }
        return out.toString();
    }

    private String readQualifiedName() throws MalformedHeaderException {
        StringBuilder out = new StringBuilder(readIdentifier());
        while (true) {
            skipTrivia();
            if (in.peek() != '.') {
                return out.toString();
            }
            in.next();
            skipTrivia();
            out.append('.').append(readIdentifier());
        }
    }

    private void expect(char c, String what) throws MalformedHeaderException {
        if (in.peek() != c) {
            throw new MalformedHeaderException(in.line(), "expected " + what + ", found " + describeNext());
        }
        in.next();
    }

    private String describeNext() {
        return describe(in.peek());
    }

    private static String describe(int c) {
        return c == CharCursor.EOF ? "end of file" : "'" + (char) c + "'";
    }
}
