package org.alembic4j.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alembic4j.config.PyText;

/**
 * Reads a plain SQL revision file:
 *
 * <pre>
 * -- create account table          &lt;- docstring: the leading "--" lines,
 * --                                  up to the first line that is not a comment
 * -- Revision ID: 1975ea83b712
 * -- Revises: 
 * -- Create Date: 2026-11-22 02:14:37.376136
 * --
 *
 * -- revision: 1975ea83b712        &lt;- metadata, one key per line, lists comma-separated
 * -- down_revision: 
 * -- branch_labels: 
 * -- depends_on: 
 *
 * -- upgrade                       &lt;- section markers, each on a line of its own
 * CREATE TABLE account (id INTEGER PRIMARY KEY);
 *
 * -- downgrade
 * DROP TABLE account;
 * </pre>
 *
 * Other comment lines between the docstring and {@code -- upgrade} are allowed and ignored; SQL
 * there is an error.
 */
final class SqlRevisionReader {

    private static final Pattern META = Pattern.compile(
            "--\\s*(revision|down_revision|branch_labels|depends_on)\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPGRADE = Pattern.compile("--\\s*upgrade", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWNGRADE = Pattern.compile("--\\s*downgrade", Pattern.CASE_INSENSITIVE);

    private final CharCursor in;
    private int lineNo;

    SqlRevisionReader(CharCursor in) {
        this.in = in;
    }

    /** Reads up to and including the {@code -- upgrade} marker. */
    RevisionHeader readHeader() throws MalformedHeaderException {
        String line = nextLine();
        while (line != null && PyText.strip(line).isEmpty()) {
            line = nextLine();
        }
        List<String> doc = new ArrayList<>();
        // Everything up to the first non-comment line is docstring, even a line reading "-- upgrade".
        while (line != null && line.startsWith("--")) {
            doc.add(line.startsWith("-- ") ? line.substring(3) : line.substring(2));
            line = nextLine();
        }
        Map<String, String> meta = new LinkedHashMap<>();
        while (true) {
            if (line == null) {
                throw new MalformedHeaderException(lineNo, "no '-- upgrade' line found");
            }
            String stripped = PyText.strip(line);
            if (UPGRADE.matcher(stripped).matches()) {
                break;
            }
            Matcher m = META.matcher(stripped);
            if (m.matches()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                if (meta.put(key, m.group(2)) != null) {
                    throw new MalformedHeaderException(lineNo, "'-- " + key + ":' is given twice");
                }
            } else if (DOWNGRADE.matcher(stripped).matches()) {
                throw new MalformedHeaderException(lineNo, "'-- downgrade' comes before '-- upgrade'");
            } else if (!stripped.isEmpty() && !stripped.startsWith("--")) {
                throw new MalformedHeaderException(lineNo, "SQL before the '-- upgrade' line: " + PyText.repr(line));
            }
            line = nextLine();
        }
        String id = meta.containsKey("revision") ? PyText.strip(meta.get("revision")) : "";
        if (id.isEmpty()) {
            throw new MalformedHeaderException(lineNo, "no '-- revision: <id>' line before '-- upgrade'"
                    + " (metadata lines come after the docstring and the blank line that ends it)");
        }
        return new RevisionHeader(id, list(meta.get("down_revision")), list(meta.get("branch_labels")),
                list(meta.get("depends_on")), PyText.strip(String.join("\n", doc)));
    }

    /** After {@link #readHeader}: the upgrade and downgrade SQL, each stripped. */
    String[] readBodies() throws MalformedHeaderException {
        StringBuilder upgrade = new StringBuilder();
        StringBuilder downgrade = null;
        String line;
        while ((line = nextLine()) != null) {
            String stripped = PyText.strip(line);
            if (UPGRADE.matcher(stripped).matches()) {
                throw new MalformedHeaderException(lineNo, "a second '-- upgrade' line");
            }
            if (DOWNGRADE.matcher(stripped).matches()) {
                if (downgrade != null) {
                    throw new MalformedHeaderException(lineNo, "a second '-- downgrade' line");
                }
                downgrade = new StringBuilder();
                continue;
            }
            (downgrade == null ? upgrade : downgrade).append(line).append('\n');
        }
        if (downgrade == null) {
            throw new MalformedHeaderException(lineNo, "no '-- downgrade' line");
        }
        return new String[] {PyText.strip(upgrade.toString()), PyText.strip(downgrade.toString())};
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(PyText::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    private String nextLine() {
        if (in.peek() == CharCursor.EOF) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int c;
        while ((c = in.next()) != CharCursor.EOF && c != '\n') {
            out.append((char) c);
        }
        lineNo++;
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == '\r') {
            out.setLength(n - 1);
        }
        return out.toString();
    }
}
