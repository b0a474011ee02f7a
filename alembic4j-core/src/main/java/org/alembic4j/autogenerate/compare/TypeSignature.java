package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A native SQL type reduced to a canonical name and its arguments, so that spellings of one type
 * compare equal: {@code character varying(50)} and {@code VARCHAR(50)}, {@code int4} and
 * {@code INTEGER}, {@code timestamp(6) without time zone} and {@code TIMESTAMP(6)},
 * {@code float(53)} and {@code double precision}, MySQL's {@code tinyint(1)} and {@code BOOL}.
 */
public record TypeSignature(String name, List<String> args) {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("character varying", "varchar"), Map.entry("nvarchar", "varchar"),
            Map.entry("national character varying", "varchar"), Map.entry("varchar2", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"), Map.entry("nchar", "char"),
            Map.entry("national character", "char"),
            Map.entry("character large object", "clob"),
            Map.entry("bool", "boolean"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time without time zone", "time"), Map.entry("timetz", "time with time zone"),
            Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double"), Map.entry("double precision", "double"),
            Map.entry("bytea", "blob"), Map.entry("binary large object", "blob"),
            Map.entry("binary varying", "varbinary"));

    public TypeSignature {
        args = List.copyOf(args);
    }

    /** Parses a native type as a database or a DDL generator writes it. */
    public static TypeSignature parse(String sql) {
        String s = sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String arraySuffix = "";
        while (s.endsWith("[]")) {
            arraySuffix += "[]";
            s = s.substring(0, s.length() - 2).trim();
        }
        if (s.endsWith(" array")) {
            arraySuffix += "[]";
            s = s.substring(0, s.length() - 6).trim();
        }
        List<String> args = new ArrayList<>();
        int open = s.indexOf('(');
        if (open >= 0) {
            int close = matchingParen(s, open);
            args = splitArgs(s.substring(open + 1, close), sql.trim(), open);
            s = (s.substring(0, open).trim() + " " + s.substring(close + 1).trim()).trim();
        }
        String name = SYNONYMS.getOrDefault(s, s);
        if (name.equals("tinyint") && args.equals(List.of("1"))) {
            return new TypeSignature("boolean" + arraySuffix, List.of());
        }
        if (name.equals("float") && args.size() == 1 && args.get(0).matches("\\d+")) {
            return new TypeSignature((Integer.parseInt(args.get(0)) <= 24 ? "real" : "double") + arraySuffix, List.of());
        }
        if (isIntegerName(name)) {
            // Display widths such as int(11) say nothing about the values a column holds.
            args = List.of();
        }
        return new TypeSignature(name + arraySuffix, args);
    }

    private static boolean isIntegerName(String name) {
        return name.equals("integer") || name.equals("bigint") || name.equals("smallint") || name.equals("mediumint")
                || (name.endsWith(" unsigned") && isIntegerName(name.substring(0, name.length() - 9)));
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Arguments split on top-level commas; quoted ones (enum values) keep their original case. */
    private static List<String> splitArgs(String inner, String original, int offset) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ',';
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                String arg = inner.substring(start, i).trim();
                if (arg.startsWith("'")) {
                    arg = originalText(original, arg);
                }
                if (!arg.isEmpty()) {
                    out.add(arg.replace(" ", ""));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The argument with its original case (enum values are case-sensitive). */
    private static String originalText(String original, String lowered) {
        int at = original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").indexOf(lowered);
        String collapsed = original.replaceAll("\\s+", " ");
        return at >= 0 && at + lowered.length() <= collapsed.length() ? collapsed.substring(at, at + lowered.length()) : lowered;
    }

    /**
     * Alembic's leniency: the names must agree ({@code FLOAT} without precision matches
     * {@code REAL} and {@code DOUBLE}); arguments are compared only when both sides give them.
     */
    public boolean isEquivalentTo(TypeSignature other) {
        if (isUnboundedText() && other.isUnboundedText()) {
            return true;
        }
        if (!name.equals(other.name) && !floatMatch(name, other.name) && !floatMatch(other.name, name)) {
            return false;
        }
        if (args.isEmpty() || other.args.isEmpty()) {
            return true;
        }
        return args.equals(other.args);
    }

    /** TEXT, and H2's spelling of it: {@code CHARACTER VARYING(1000000000)}, its maximum length. */
    private boolean isUnboundedText() {
        return name.equals("text") || (name.equals("varchar") && args.equals(List.of("1000000000")));
    }

    private static boolean floatMatch(String a, String b) {
        return a.equals("float") && (b.equals("real") || b.equals("double"));
    }

    /** Exactly the same canonical type, arguments included. */
    public boolean isSameAs(TypeSignature other) {
        return equals(other);
    }

    @Override
    public String toString() {
        return name.toUpperCase(Locale.ROOT) + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
    }
}
