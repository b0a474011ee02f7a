package org.alembic4j.config;

import java.util.Map;
import org.alembic4j.AlembicException;

/**
 * Python's {@code configparser.BasicInterpolation}: expands {@code %(name)s} from the keys visible
 * in the section being read (its own, then {@code [DEFAULT]}), recursively, and turns {@code %%}
 * into {@code %}. References are resolved in the section being <em>read</em>, so a
 * {@code [DEFAULT]} value that says {@code %(x)s} sees each section's own {@code x}.
 */
final class BasicInterpolation {

    /** Python's {@code MAX_INTERPOLATION_DEPTH}. */
    static final int MAX_DEPTH = 10;

    private final String source;
    private final String section;
    private final String key;
    private final IniFile.Entry entry;
    private final Map<String, IniFile.Entry> scope;

    BasicInterpolation(String source, String section, String key, IniFile.Entry entry,
            Map<String, IniFile.Entry> scope) {
        this.source = source;
        this.section = section;
        this.key = key;
        this.entry = entry;
        this.scope = scope;
    }

    String expand() {
        StringBuilder out = new StringBuilder();
        expand(entry.raw(), 1, out);
        return out.toString();
    }

    private void expand(String rest, int depth, StringBuilder out) {
        if (depth > MAX_DEPTH) {
            throw error("the value nests %(...)s references more than " + MAX_DEPTH
                    + " levels deep; is there a reference loop?");
        }
        int i = 0;
        while (i < rest.length()) {
            int p = rest.indexOf('%', i);
            if (p < 0) {
                out.append(rest, i, rest.length());
                return;
            }
            out.append(rest, i, p);
            char next = p + 1 < rest.length() ? rest.charAt(p + 1) : '\0';
            if (next == '%') {
                out.append('%');
                i = p + 2;
            } else if (next == '(') {
                int close = rest.indexOf(')', p + 2);
                if (close < 0 || close == p + 2 || close + 1 >= rest.length() || rest.charAt(close + 1) != 's') {
                    throw error("bad interpolation variable reference " + PyText.repr(rest.substring(p))
                            + "; write %(name)s, or %% for a literal %");
                }
                String name = IniFile.optionKey(rest.substring(p + 2, close));
                IniFile.Entry value = scope.get(name);
                if (value == null) {
                    throw error("%(" + rest.substring(p + 2, close) + ")s refers to '" + name
                            + "', which is neither a key of section [" + section + "] nor of [DEFAULT]");
                }
                if (value.raw().indexOf('%') >= 0) {
                    expand(value.raw(), depth + 1, out);
                } else {
                    out.append(value.raw());
                }
                i = close + 2;
            } else {
                throw error("'%' must be followed by '%' or '(', found: " + PyText.repr(rest.substring(p))
                        + "; write %% for a literal %");
            }
        }
    }

    private AlembicException error(String detail) {
        String where = entry.line() > 0 ? ", line " + entry.line() : "";
        return new AlembicException("Error in config file " + source + where + ", section [" + section
                + "], key '" + key + "': " + detail + " (raw value: " + PyText.repr(entry.raw()) + ")");
    }

    /** Python's {@code before_set} check: every {@code %} is {@code %%} or starts {@code %(name)s}. */
    static void checkSyntax(String value) {
        String tmp = value.replace("%%", "").replaceAll("%\\([^)]+\\)s", "");
        int bad = tmp.indexOf('%');
        if (bad >= 0) {
            throw new AlembicException("invalid interpolation syntax in " + PyText.repr(value)
                    + " at position " + bad);
        }
    }
}
