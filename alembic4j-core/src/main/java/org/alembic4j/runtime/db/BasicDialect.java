package org.alembic4j.runtime.db;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.DialectCapabilities;

/**
 * The few dialect facts the runtime itself needs (identifier quoting and string literals for
 * the version table, transactional DDL), for the five supported databases.
 *
 * <p>This is a stand-in until the full dialects of {@code org.alembic4j.dialect.*} are wired in
 * through {@link DialectResolver}; it deliberately knows nothing about DDL rendering.
 */
public final class BasicDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Words that need quoting as identifiers on every supported database. */
    private static final Set<String> RESERVED = Set.of(
            "all", "and", "as", "asc", "between", "by", "case", "check", "column", "constraint",
            "create", "cross", "default", "delete", "desc", "distinct", "drop", "else", "end",
            "exists", "false", "for", "foreign", "from", "full", "group", "having", "in", "index",
            "inner", "insert", "into", "is", "join", "key", "left", "like", "limit", "not", "null",
            "on", "or", "order", "outer", "primary", "references", "right", "select", "set",
            "table", "then", "to", "true", "union", "unique", "update", "user", "using", "values",
            "when", "where", "with");

    private final String name;
    private final boolean transactionalDdl;
    private final char quote;
    private final boolean backslashEscapes;

    private BasicDialect(String name, boolean transactionalDdl, char quote, boolean backslashEscapes) {
        this.name = name;
        this.transactionalDdl = transactionalDdl;
        this.quote = quote;
        this.backslashEscapes = backslashEscapes;
    }

    /**
     * The stand-in dialect for a name ({@code postgresql}, {@code mysql}, {@code mariadb},
     * {@code sqlite}, {@code h2}).
     *
     * <p>H2 is not transactional for DDL: every CREATE/ALTER/DROP commits the open transaction
     * (verified on H2 2.3), so it is run step by step like MySQL.
     */
    public static BasicDialect forName(String dialectName) {
        return switch (dialectName) {
            case "postgresql" -> new BasicDialect("postgresql", true, '"', false);
            case "sqlite" -> new BasicDialect("sqlite", true, '"', false);
            case "h2" -> new BasicDialect("h2", false, '"', false);
            case "mysql" -> new BasicDialect("mysql", false, '`', true);
            case "mariadb" -> new BasicDialect("mariadb", false, '`', true);
            default -> throw new IllegalArgumentException("unknown dialect " + dialectName);
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DialectCapabilities capabilities() {
        return new DialectCapabilities(transactionalDdl);
    }

    @Override
    public String quoteIdentifier(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier.toLowerCase(Locale.ROOT))) {
            return identifier;
        }
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    @Override
    public String stringLiteral(String value) {
        String escaped = value.replace("'", "''");
        if (backslashEscapes) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }
}
