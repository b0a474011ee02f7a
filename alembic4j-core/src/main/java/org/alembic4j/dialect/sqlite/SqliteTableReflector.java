package org.alembic4j.dialect.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.TableReflector;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;
import org.alembic4j.schema.VarcharType;

import static org.alembic4j.dialect.sqlite.SqliteSchemaText.NAMED;
import static org.alembic4j.dialect.sqlite.SqliteSchemaText.splitTopLevel;
import static org.alembic4j.dialect.sqlite.SqliteSchemaText.unquote;

/**
 * Reads a SQLite table back with its PRAGMAs (columns with their declared types, foreign keys,
 * indexes) and the {@code CREATE} statements in {@code sqlite_master} (constraint names, CHECK
 * constraints, index expressions and WHERE clauses), so batch mode can re-create it faithfully.
 */
final class SqliteTableReflector implements TableReflector {

    private static final Pattern PAREN_COLUMNS = Pattern.compile("(?is)^(UNIQUE|FOREIGN\\s+KEY|PRIMARY\\s+KEY)\\s*\\((.*?)\\).*");

    private final Dialect dialect;

    SqliteTableReflector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Table reflect(Connection connection, String schema, String table) throws SQLException {
        String prefix = schema == null ? "" : dialect.quoteIdentifier(schema) + ".";
        String tableSql = masterSql(connection, prefix, "table", table);
        if (tableSql == null) {
            throw new AlembicException("No such table: " + (schema == null ? "" : schema + ".") + table);
        }
        List<String> parts = splitTopLevel(body(tableSql));
        Map<String, String> constraintNames = new LinkedHashMap<>();
        List<CheckConstraint> tableChecks = new ArrayList<>();
        Map<String, List<String>> columnChecks = new LinkedHashMap<>();
        for (String part : parts) {
            String p = part.trim();
            String name = null;
            Matcher named = NAMED.matcher(p);
            if (named.matches()) {
                name = unquote(named.group(1));
                p = named.group(2).trim();
            }
            String upper = p.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CHECK")) {
                tableChecks.add(new CheckConstraint(name, new TextClause(innerParens(p))));
            } else if (name != null) {
                Matcher m = PAREN_COLUMNS.matcher(p);
                if (m.matches()) {
                    constraintNames.put(m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") + ":"
                            + normalizeColumns(m.group(2)), name);
                }
            } else if (!upper.startsWith("PRIMARY") && !upper.startsWith("UNIQUE") && !upper.startsWith("FOREIGN")) {
                int check = upper.indexOf(" CHECK");
                if (check > 0) {
                    String column = unquote(p.split("\\s+")[0]);
                    columnChecks.computeIfAbsent(column, k -> new ArrayList<>()).add(innerParens(p.substring(check)));
                }
            }
        }

        List<TableElement> elements = new ArrayList<>();
        TreeMap<Integer, String> pk = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + prefix + "table_info(" + dialect.quoteIdentifier(table) + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                String declared = rs.getString("type");
                Column c = Column.of(name, type(declared)).nullable(rs.getInt("notnull") == 0);
                String def = rs.getString("dflt_value");
                if (def != null) {
                    c = c.serverDefault(new TextClause(def));
                }
                for (String check : columnChecks.getOrDefault(name, List.of())) {
                    c = c.check(check);
                }
                if (rs.getInt("pk") > 0) {
                    pk.put(rs.getInt("pk"), name);
                }
                elements.add(c);
            }
        }
        if (!pk.isEmpty()) {
            String pkName = constraintNames.get("PRIMARY KEY:" + String.join(",", pk.values()).toLowerCase(Locale.ROOT));
            elements.add(new PrimaryKeyConstraint(pkName, List.copyOf(pk.values())));
        }
        elements.addAll(foreignKeys(connection, prefix, table, constraintNames));
        elements.addAll(tableChecks);
        elements.addAll(indexes(connection, prefix, table, constraintNames));
        Table result = new Table(schema, table, elements, null, Map.of());
        if (tableSql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT")) {
            result = result.sqliteAutoincrement();
        }
        return result;
    }

    /**
     * The declared type, kept verbatim, except that plain integer types become portable integers
     * so an integer primary key is still recognised as the autoincrementing rowid.
     */
    private static org.alembic4j.schema.SqlType type(String declared) {
        if (declared == null || declared.isEmpty()) {
            return new VarcharType(null);
        }
        return switch (declared.toUpperCase(Locale.ROOT)) {
            case "INTEGER", "INT" -> new IntegerType(IntegerType.Size.REGULAR);
            case "BIGINT" -> new IntegerType(IntegerType.Size.BIG);
            case "SMALLINT" -> new IntegerType(IntegerType.Size.SMALL);
            default -> new DialectType(declared, Set.of());
        };
    }

    private List<ForeignKeyConstraint> foreignKeys(Connection connection, String prefix, String table,
            Map<String, String> names) throws SQLException {
        Map<Integer, List<String[]>> byId = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + prefix + "foreign_key_list(" + dialect.quoteIdentifier(table) + ")")) {
            while (rs.next()) {
                byId.computeIfAbsent(rs.getInt("id"), k -> new ArrayList<>()).add(new String[] {
                        rs.getString("table"), rs.getString("from"), rs.getString("to"),
                        rs.getString("on_delete"), rs.getString("on_update")});
            }
        }
        List<ForeignKeyConstraint> out = new ArrayList<>();
        // PRAGMA lists foreign keys last-declared first.
        List<List<String[]>> ordered = new ArrayList<>(byId.values());
        java.util.Collections.reverse(ordered);
        for (List<String[]> rows : ordered) {
            List<String> cols = rows.stream().map(r -> r[1]).toList();
            String name = names.get("FOREIGN KEY:" + String.join(",", cols).toLowerCase(Locale.ROOT));
            out.add(new ForeignKeyConstraint(name, cols, null, rows.get(0)[0], rows.stream().map(r -> r[2]).toList(),
                    action(rows.get(0)[3]), action(rows.get(0)[4]), null, null, null));
        }
        return out;
    }

    private static String action(String rule) {
        return rule == null || rule.equalsIgnoreCase("NO ACTION") ? null : rule;
    }

    private List<TableElement> indexes(Connection connection, String prefix, String table, Map<String, String> names)
            throws SQLException {
        List<String[]> list = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + prefix + "index_list(" + dialect.quoteIdentifier(table) + ")")) {
            while (rs.next()) {
                list.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin")});
            }
        }
        java.util.Collections.reverse(list); // index_list is newest first
        List<TableElement> out = new ArrayList<>();
        for (String[] idx : list) {
            if ("pk".equals(idx[2])) {
                continue;
            }
            if ("u".equals(idx[2])) {
                List<String> cols = indexColumns(connection, prefix, idx[0]);
                out.add(new UniqueConstraint(names.get("UNIQUE:" + String.join(",", cols).toLowerCase(Locale.ROOT)), cols, null, null));
            } else {
                out.add(index(masterSql(connection, prefix, "index", idx[0]), idx[0], "1".equals(idx[1])));
            }
        }
        return out;
    }

    private List<String> indexColumns(Connection connection, String prefix, String index) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + prefix + "index_info(" + dialect.quoteIdentifier(index) + ")")) {
            while (rs.next()) {
                cols.add(rs.getString("name"));
            }
        }
        return cols;
    }

    /** An index from its CREATE INDEX text: the element list kept verbatim, the WHERE as sqlite_where. */
    private static Index index(String sql, String name, boolean unique) {
        int open = sql.indexOf('(');
        int close = matchingParen(sql, open);
        List<SqlExpression> elements = new ArrayList<>();
        for (String e : splitTopLevel(sql.substring(open + 1, close))) {
            String t = e.trim();
            elements.add(t.matches("[A-Za-z_][A-Za-z0-9_$]*") ? new ColumnRef(null, null, t)
                    : t.matches("\"([^\"]|\"\")+\"") ? new ColumnRef(null, null, unquote(t)) : new TextClause(t));
        }
        Index index = new Index(name, elements, unique, Map.of());
        String rest = sql.substring(close + 1).trim();
        if (rest.toUpperCase(Locale.ROOT).startsWith("WHERE")) {
            index = index.sqliteWhere(rest.substring(5).trim());
        }
        return index;
    }

    private static String masterSql(Connection connection, String prefix, String type, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sql FROM " + prefix + "sqlite_master WHERE type = ? AND name = ?")) {
            ps.setString(1, type);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String body(String createTable) {
        int open = createTable.indexOf('(');
        return createTable.substring(open + 1, matchingParen(createTable, open));
    }

    private static String innerParens(String text) {
        int open = text.indexOf('(');
        return text.substring(open + 1, matchingParen(text, open)).trim();
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new AlembicException("Cannot parse SQLite schema text: " + s);
    }

    private static String normalizeColumns(String cols) {
        return String.join(",", splitTopLevel(cols).stream().map(c -> unquote(c.trim()).toLowerCase(Locale.ROOT)).toList());
    }
}
