package org.alembic4j.autogenerate.compare;

import java.util.regex.Pattern;

/**
 * Server defaults reduced to a canonical text so that the database's spelling of a default and
 * the target's compare equal: casts ({@code 'x'::character varying}), extra parentheses,
 * quoted numbers ({@code '5'} and {@code 5}), {@code now()} and {@code CURRENT_TIMESTAMP}.
 */
public final class DefaultText {

    private static final Pattern CAST = Pattern.compile("::\\s*\"?[a-zA-Z_][a-zA-Z0-9_ ]*\"?(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?(\\[\\])?");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("^'(-?\\d+(\\.\\d+)?)'$");

    private DefaultText() {
    }

    static String canonical(String sql) {
        if (sql == null) {
            return null;
        }
        String s = stripParens(CAST.matcher(sql.trim()).replaceAll("").trim());
        var number = QUOTED_NUMBER.matcher(s);
        if (number.matches()) {
            s = number.group(1);
        }
        s = lowerOutsideQuotes(s).replaceAll("\\s+", " ");
        s = s.replace("current_timestamp()", "current_timestamp").replace("now()", "current_timestamp")
                .replace("localtimestamp()", "localtimestamp");
        if (s.matches("-?\\d+\\.0+")) {
            s = s.substring(0, s.indexOf('.'));
        }
        return s;
    }

    /**
     * Drops parentheses that enclose the whole expression ({@code ((qty >= 0))} to {@code qty >= 0}).
     * Public so the catalog readers unwrap CHECK bodies by this same rule rather than a copy of it.
     */
    public static String stripParens(String s) {
        String out = s;
        while (out.startsWith("(") && out.endsWith(")") && balanced(out.substring(1, out.length() - 1))) {
            out = out.substring(1, out.length() - 1).trim();
        }
        return out;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String lowerOutsideQuotes(String s) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(quoted ? c : Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
