package org.alembic4j.autogenerate.reflect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alembic4j.autogenerate.NativeTypes;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.autogenerate.TargetContext;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;
import org.alembic4j.schema.VarcharType;

import static org.alembic4j.dialect.sqlite.SqliteSchemaText.NAMED;
import static org.alembic4j.dialect.sqlite.SqliteSchemaText.splitTopLevel;
import static org.alembic4j.dialect.sqlite.SqliteSchemaText.unquote;

/**
 * SQLite through {@code sqlite_master} joined with the pragma table-valued functions: four
 * queries for any number of tables. Constraint names and CHECKs come from the stored
 * {@code CREATE TABLE} text, which is the only place SQLite keeps them.
 */
final class SqliteCatalog implements CatalogReader {

    private static final String MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master "
            + "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";

    private static final String COLUMNS = "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
            + "FROM sqlite_master m JOIN pragma_table_info(m.name) p "
            + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid";

    private static final String FOREIGN_KEYS = "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
            + "FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
            + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, f.id, f.seq";

    private static final String INDEXES = "SELECT m.name, il.name, il.\"unique\", il.origin, ii.name "
            + "FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii "
            + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, il.name, ii.seqno";

    private static final Pattern PAREN_COLUMNS = Pattern.compile("(?is)^(UNIQUE|FOREIGN\\s+KEY)\\s*\\((.*?)\\).*");

    private final Dialect dialect;

    SqliteCatalog(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override public String defaultSchema(CatalogQueries q) {
        return "main";
    }

    @Override public List<String> schemaNames(CatalogQueries q) {
        return List.of("main");
    }

    @Override public TargetContext.Folding folding() {
        return TargetContext.Folding.PRESERVE;
    }

    @Override public SchemaSnapshot read(CatalogQueries q, Set<String> schemas, String defaultSchema) throws SQLException {
        TableAssembler tables = new TableAssembler();
        Map<String, TableText> texts = new HashMap<>();
        Map<String, String> indexSql = new HashMap<>();
        q.query(MASTER, List.of(), rs -> {
            if (rs.getString(1).equals("table")) {
                tables.table(null, rs.getString(2));
                texts.put(rs.getString(2), TableText.parse(rs.getString(4)));
            } else if (rs.getString(4) != null) {
                indexSql.put(rs.getString(2), rs.getString(4));
            }
        });
        q.query(COLUMNS, List.of(), rs -> {
            TableAssembler.Parts t = tables.existing(null, rs.getString(1));
            String declared = rs.getString(3);
            Column c = Column.of(rs.getString(2), declared == null || declared.isBlank() ? new VarcharType(null)
                    : NativeTypes.toSqlType(dialect, declared));
            // A primary key column is NOT NULL in effect; SQLite's notnull flag misses that (Alembic's false positive).
            c = c.nullable(rs.getInt(4) == 0 && rs.getInt(6) == 0);
            if (rs.getString(5) != null) {
                c = c.serverDefault(new TextClause(rs.getString(5)));
            }
            if (rs.getInt(6) > 0) {
                t.primaryKey(texts.get(rs.getString(1)).primaryKeyName, rs.getInt(6), c.name());
            }
            t.column(c);
        });
        for (TableAssembler.Parts t : tables.all()) {
            TableText text = texts.get(t.key.name());
            text.checks.forEach(t::check);
            if (text.autoincrement) {
                t.option("sqlite_autoincrement", "true");
            }
            List<String> pk = t.primaryKeyColumns();
            if (pk.size() == 1 && !text.autoincrement) {
                t.replaceColumn(pk.get(0), c -> c.autoincrement(false));
            }
        }
        Map<String, Map<Integer, List<String[]>>> fks = new LinkedHashMap<>();
        q.query(FOREIGN_KEYS, List.of(), rs -> fks.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                .add(new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)}));
        fks.forEach((table, byId) -> {
            TableAssembler.Parts t = tables.existing(null, table);
            TableText text = texts.get(table);
            for (Integer id : byId.keySet()) {
                List<String[]> rows = byId.get(id);
                List<String> cols = rows.stream().map(r -> r[1]).toList();
                t.foreignKey(new ForeignKeyConstraint(text.names.get("FOREIGN KEY:" + key(cols)), cols, null, rows.get(0)[0],
                        rows.stream().map(r -> r[2]).toList(), action(rows.get(0)[4]), action(rows.get(0)[3]), null, null, null));
            }
        });
        Map<String, Map<String, Object[]>> indexes = new LinkedHashMap<>();
        q.query(INDEXES, List.of(), rs -> {
            Map<String, Object[]> byName = indexes.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
            Object[] entry = byName.get(rs.getString(2));
            if (entry == null) {
                entry = new Object[] {rs.getInt(3) == 1, rs.getString(4), new ArrayList<String>()};
                byName.put(rs.getString(2), entry);
            }
            @SuppressWarnings("unchecked")
            List<String> cols = (List<String>) entry[2];
            cols.add(rs.getString(5));
        });
        indexes.forEach((table, byName) -> {
            TableAssembler.Parts t = tables.existing(null, table);
            byName.forEach((name, entry) -> {
                @SuppressWarnings("unchecked")
                List<String> cols = (List<String>) entry[2];
                switch ((String) entry[1]) {
                    case "u" -> t.unique(new UniqueConstraint(texts.get(table).names.get("UNIQUE:" + key(cols)), cols, null, null));
                    case "c" -> t.index(index(name, (Boolean) entry[0], cols, indexSql.get(name)));
                    default -> { } // the primary key's own index
                }
            });
        });
        return SchemaSnapshot.of(tables.build());
    }

    private static Index index(String name, boolean unique, List<String> cols, String sql) {
        List<SqlExpression> elements = new ArrayList<>();
        List<String> written = sql == null ? List.of() : splitTopLevel(TableText.body(sql));
        for (int i = 0; i < cols.size(); i++) {
            String col = cols.get(i);
            elements.add(col != null ? new ColumnRef(null, null, col)
                    : new TextClause(i < written.size() ? written.get(i).trim() : "?"));
        }
        Index index = new Index(name, elements, unique, Map.of());
        if (sql != null) {
            Matcher where = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$").matcher(sql);
            if (where.find()) {
                index = index.option("sqlite_where", new TextClause(where.group(1).trim()));
            }
        }
        return index;
    }

    private static String key(List<String> cols) {
        return String.join(",", cols).toLowerCase(Locale.ROOT);
    }

    private static String action(String rule) {
        return rule == null || rule.equals("NO ACTION") || rule.equals("RESTRICT") ? null : rule;
    }

    /** What the stored CREATE TABLE text says beyond the pragmas: constraint names and CHECKs. */
    private static final class TableText {
        final Map<String, String> names = new HashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        String primaryKeyName;
        boolean autoincrement;

        static TableText parse(String sql) {
            TableText t = new TableText();
            if (sql == null) {
                return t;
            }
            t.autoincrement = sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
            for (String part : splitTopLevel(body(sql))) {
                String p = part.trim();
                String name = null;
                Matcher named = NAMED.matcher(p);
                if (named.matches()) {
                    name = unquote(named.group(1)); // the NAMED groups carry no surrounding blanks
                    p = named.group(2).trim();
                }
                String upper = p.toUpperCase(Locale.ROOT);
                if (upper.startsWith("CHECK")) {
                    t.checks.add(new CheckConstraint(name, new TextClause(inner(p))));
                } else if (upper.startsWith("PRIMARY")) {
                    t.primaryKeyName = name;
                } else if (name != null) {
                    Matcher m = PAREN_COLUMNS.matcher(p);
                    if (m.matches()) {
                        String kind = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                        List<String> cols = new ArrayList<>();
                        for (String c : m.group(2).split(",")) {
                            cols.add(unquote(c.trim()));
                        }
                        t.names.put(kind + ":" + key(cols), name);
                    }
                }
            }
            return t;
        }

        static String body(String create) {
            int open = create.indexOf('(');
            int close = create.lastIndexOf(')');
            return open < 0 || close < open ? "" : create.substring(open + 1, close);
        }

        static String inner(String text) {
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            return open < 0 || close < open ? text : text.substring(open + 1, close).trim();
        }
    }
}
