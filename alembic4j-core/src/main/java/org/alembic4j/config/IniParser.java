package org.alembic4j.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;

/**
 * The line reader behind {@link IniFile}: Python {@code RawConfigParser._read} with the default
 * options (delimiters {@code =} and {@code :}, comment prefixes {@code #} and {@code ;}, no inline
 * comments, strict duplicates, empty lines allowed in values).
 */
final class IniParser {

    private final IniFile ini;
    private final String source;

    /** Where each section and key was first defined, for duplicate errors. */
    private final Map<String, Integer> sectionLines = new HashMap<>();
    private final Map<String, Integer> keyLines = new HashMap<>();

    private Map<String, IniFile.Entry> current;
    private String currentName;
    /** The key whose value continuation lines extend; null right after a section header. */
    private String key;
    private List<String> valueLines;
    private int keyLine;
    private int indentLevel;

    IniParser(IniFile ini, String source) {
        this.ini = ini;
        this.source = source;
    }

    void parse(String text) {
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<String> lines = lines(text);
        int count = lines.size();
        if (count > 0 && lines.get(count - 1).isEmpty()) {
            count--; // the newline ending the last line does not start another line
        }
        for (int i = 0; i < count; i++) {
            parseLine(lines.get(i), i + 1);
        }
        finishValue();
    }

    /**
     * The text split at {@code \r\n}, {@code \r} or {@code \n}, keeping a trailing empty piece
     * ({@code split("\r\n|\r|\n", -1)} without compiling a pattern: every command reads the ini
     * file, and compiling a pattern links the JVM's first lambdas).
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        while (cr >= 0 || lf >= 0) {
            int end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
            out.add(text.substring(start, end));
            start = end + (end == cr && lf == end + 1 ? 2 : 1);
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private void parseLine(String line, int lineNo) {
        String stripped = PyText.strip(line);
        boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
        if (comment || stripped.isEmpty()) {
            // A blank line may belong to a multi-line value; a comment line never does.
            if (!comment && key != null) {
                valueLines.add("");
            }
            return;
        }
        int indent = 0;
        while (indent < line.length() && PyText.isSpace(line.charAt(indent))) {
            indent++;
        }
        if (current != null && key != null && indent > indentLevel) {
            valueLines.add(stripped);
            return;
        }
        indentLevel = indent;
        String header = sectionHeader(stripped);
        if (header != null) {
            startSection(header, lineNo);
        } else if (current == null) {
            throw error(lineNo, "no [section] header before this line: " + PyText.repr(line));
        } else {
            startKey(stripped, line, lineNo);
        }
    }

    /** Python's {@code \[(?P<header>.+)\]} matched at the start: up to the last {@code ]}. */
    private static String sectionHeader(String stripped) {
        if (!stripped.startsWith("[")) {
            return null;
        }
        int close = stripped.lastIndexOf(']');
        return close >= 2 ? stripped.substring(1, close) : null;
    }

    private void startSection(String name, int lineNo) {
        finishValue();
        if (IniFile.DEFAULT_SECTION.equals(name)) {
            current = ini.defaultsForParser();
        } else if (sectionLines.containsKey(name)) {
            throw error(lineNo, "section [" + name + "] already exists (first defined at line "
                    + sectionLines.get(name) + ")");
        } else {
            sectionLines.put(name, lineNo);
            current = ini.newSectionForParser(name);
        }
        currentName = name;
        key = null;
    }

    private void startKey(String stripped, String line, int lineNo) {
        finishValue();
        int eq = stripped.indexOf('=');
        int colon = stripped.indexOf(':');
        int delimiter = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
        if (delimiter < 0) {
            throw error(lineNo, "expected 'key = value', 'key: value' or a [section] header, found: "
                    + PyText.repr(line));
        }
        String name = IniFile.optionKey(PyText.rstrip(stripped.substring(0, delimiter)));
        if (name.isEmpty()) {
            throw error(lineNo, "missing key name before '" + stripped.charAt(delimiter) + "': "
                    + PyText.repr(line));
        }
        String id = currentName + "\u0000" + name;
        Integer first = keyLines.putIfAbsent(id, lineNo);
        if (first != null) {
            throw error(lineNo, "key '" + name + "' in section [" + currentName
                    + "] already exists (first defined at line " + first + ")");
        }
        key = name;
        keyLine = lineNo;
        valueLines = new ArrayList<>();
        valueLines.add(PyText.strip(stripped.substring(delimiter + 1)));
    }

    /** Joins the pending value's lines and drops trailing blank lines, as Python does. */
    private void finishValue() {
        if (key != null) {
            current.put(key, new IniFile.Entry(PyText.rstrip(String.join("\n", valueLines)), keyLine));
            key = null;
            valueLines = null;
        }
    }

    private AlembicException error(int lineNo, String detail) {
        return new AlembicException("Error in config file " + source + ", line " + lineNo + ": " + detail);
    }
}
