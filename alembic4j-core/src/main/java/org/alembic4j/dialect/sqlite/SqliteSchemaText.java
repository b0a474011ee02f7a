package org.alembic4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading the {@code CREATE} text SQLite keeps in {@code sqlite_master}. Both batch-mode reflection
 * ({@link SqliteTableReflector}) and autogenerate's SQLite catalog need it, because constraint names
 * and CHECKs exist nowhere else; it lives here so the two cannot drift apart, and is public only so
 * that autogenerate (which may depend on dialect, never the reverse) can reach it.
 */
public final class SqliteSchemaText {

    /** A {@code CONSTRAINT name rest} table element: group 1 is the (possibly quoted) name, group 2 the rest. */
    public static final Pattern NAMED = Pattern.compile("(?is)^CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^]]+]|\\S+)\\s+(.*)$");

    private SqliteSchemaText() {
    }

    /** Splits on commas that are not inside parentheses or quotes. */
    public static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Strips one level of {@code "..."}, {@code `...`} or {@code [...]} quoting; the caller trims first. */
    public static String unquote(String name) {
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '`' || name.charAt(0) == '[')) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }
}
