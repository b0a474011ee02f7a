package org.alembic4j.autogenerate.reflect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alembic4j.autogenerate.NativeTypes;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.autogenerate.TargetContext;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;

/**
 * MySQL and MariaDB through {@code information_schema}: five queries for any number of tables.
 * A schema is a database here. Unique indexes are unique constraints to MySQL, so every unique
 * index is reported as a unique constraint; indexes MySQL adds for foreign keys are left out.
 */
final class MysqlCatalog implements CatalogReader {

    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT, TABLE_TYPE FROM information_schema.TABLES
            WHERE TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE') AND TABLE_SCHEMA IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME""";

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, COLUMN_TYPE, EXTRA,
                   COLUMN_COMMENT, GENERATION_EXPRESSION
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    private static final String KEYS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   k.ORDINAL_POSITION, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
                   rc.UPDATE_RULE, rc.DELETE_RULE
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_NAME = tc.TABLE_NAME
                 AND k.TABLE_SCHEMA = tc.TABLE_SCHEMA
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND rc.TABLE_NAME = tc.TABLE_NAME
            WHERE tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND tc.TABLE_SCHEMA IN (%s)
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    /** MariaDB names checks per table, so its CHECK_CONSTRAINTS has the table name. */
    private static final String CHECKS_MARIADB = """
            SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA IN (%s) ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME""";

    private static final String CHECKS_MYSQL = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA IN (%s)""";

    private static final String INDEXES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART
            FROM information_schema.STATISTICS WHERE INDEX_NAME <> 'PRIMARY' AND TABLE_SCHEMA IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private final Dialect dialect;
    private final boolean mariadb;

    MysqlCatalog(Dialect dialect) {
        this.dialect = dialect;
        this.mariadb = dialect.name().equals("mariadb");
    }

    @Override public String defaultSchema(CatalogQueries q) throws SQLException {
        return q.single("SELECT DATABASE()");
    }

    @Override public List<String> schemaNames(CatalogQueries q) throws SQLException {
        List<String> out = new ArrayList<>();
        q.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
                + "('information_schema', 'mysql', 'performance_schema', 'sys') ORDER BY SCHEMA_NAME", List.of(),
                rs -> out.add(rs.getString(1)));
        return out;
    }

    @Override public TargetContext.Folding folding() {
        return TargetContext.Folding.PRESERVE;
    }

    @Override public boolean foreignKeysCreateIndexes() {
        return true;
    }

    @Override public SchemaSnapshot read(CatalogQueries q, Set<String> schemas, String defaultSchema) throws SQLException {
        List<String> names = List.copyOf(schemas);
        String in = CatalogQueries.placeholders(names.size());
        TableAssembler tables = new TableAssembler();
        List<Sequence> sequences = new ArrayList<>();
        q.query(TABLES.formatted(in), names, rs -> {
            String schema = schema(rs.getString(1), defaultSchema);
            if ("SEQUENCE".equals(rs.getString(4))) {
                sequences.add(new Sequence(schema, rs.getString(2), null, null, null, null, null, false));
            } else {
                tables.table(schema, rs.getString(2)).comment(rs.getString(3));
            }
        });
        q.query(COLUMNS.formatted(in), names, rs -> readColumn(tables, rs, defaultSchema));
        Map<TableAssembler.Key, Map<String, List<String[]>>> keys = new LinkedHashMap<>();
        q.query(KEYS.formatted(in), names, rs -> keys
                .computeIfAbsent(new TableAssembler.Key(schema(rs.getString(1), defaultSchema), rs.getString(2)),
                        k -> new LinkedHashMap<>())
                .computeIfAbsent(rs.getString(3) + "\u0000" + rs.getString(4), k -> new ArrayList<>())
                .add(new String[] {rs.getString(5), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)}));
        Map<TableAssembler.Key, Set<String>> keyNames = new LinkedHashMap<>();
        keys.forEach((key, constraints) -> {
            TableAssembler.Parts t = tables.existing(key.schema(), key.name());
            if (t != null) {
                constraints.forEach((nameAndType, rows) -> {
                    keyNames.computeIfAbsent(key, k -> new HashSet<>()).add(nameAndType.split("\u0000")[0]);
                    addKey(t, nameAndType, rows, defaultSchema);
                });
            }
        });
        q.query((mariadb ? CHECKS_MARIADB : CHECKS_MYSQL).formatted(in), names, rs -> {
            TableAssembler.Parts t = tables.existing(schema(rs.getString(1), defaultSchema), rs.getString(2));
            if (t != null) {
                t.check(new CheckConstraint(rs.getString(3), new TextClause(PostgresqlCatalog.checkBody(rs.getString(4)))));
            }
        });
        Map<TableAssembler.Key, Map<String, Index>> indexes = new LinkedHashMap<>();
        q.query(INDEXES.formatted(in), names, rs -> {
            TableAssembler.Key key = new TableAssembler.Key(schema(rs.getString(1), defaultSchema), rs.getString(2));
            if (tables.existing(key.schema(), key.name()) == null
                    || keyNames.getOrDefault(key, Set.of()).contains(rs.getString(3))) {
                return; // unique constraints and foreign-key indexes were read as constraints
            }
            SqlExpression element = rs.getString(5) == null ? new TextClause("?") : new ColumnRef(null, null, rs.getString(5));
            Map<String, Index> byName = indexes.computeIfAbsent(key, k -> new LinkedHashMap<>());
            Index previous = byName.get(rs.getString(3));
            List<SqlExpression> elements = new ArrayList<>(previous == null ? List.of() : previous.elements());
            elements.add(element);
            byName.put(rs.getString(3), new Index(rs.getString(3), elements, rs.getInt(4) == 0, Map.of()));
        });
        indexes.forEach((key, byName) -> byName.values().forEach(i -> tables.existing(key.schema(), key.name()).index(i)));
        return new SchemaSnapshot(tables.build(), sequences);
    }

    private void addKey(TableAssembler.Parts t, String nameAndType, List<String[]> rows, String defaultSchema) {
        String[] parts = nameAndType.split("\u0000");
        String name = parts[0];
        List<String> cols = rows.stream().map(r -> r[0]).toList();
        switch (parts[1]) {
            case "PRIMARY KEY" -> {
                for (int i = 0; i < cols.size(); i++) {
                    t.primaryKey(null, i, cols.get(i));
                }
            }
            case "UNIQUE" -> t.unique(new UniqueConstraint(name, cols, null, null));
            case "FOREIGN KEY" -> {
                String[] first = rows.get(0);
                t.foreignKey(new ForeignKeyConstraint(name, cols, schema(first[1], defaultSchema), first[2],
                        rows.stream().map(r -> r[3]).toList(), rule(first[5]), rule(first[4]), null, null, null));
            }
            default -> { }
        }
        if (parts[1].equals("PRIMARY KEY")) {
            markAutoincrement(t, cols);
        }
    }

    private static void markAutoincrement(TableAssembler.Parts t, List<String> pk) {
        if (pk.size() != 1) {
            return;
        }
        t.replaceColumn(pk.get(0), c -> c.autoincrement() == null ? c.autoincrement(false) : c);
    }

    private void readColumn(TableAssembler tables, ResultSet rs, String defaultSchema) throws SQLException {
        TableAssembler.Parts t = tables.existing(schema(rs.getString(1), defaultSchema), rs.getString(2));
        if (t == null) {
            return;
        }
        Column c = Column.of(rs.getString(3), NativeTypes.toSqlType(dialect, nativeType(rs)))
                .nullable("YES".equals(rs.getString(5)));
        String extra = rs.getString(8) == null ? "" : rs.getString(8).toLowerCase(Locale.ROOT);
        String generation = rs.getString(10);
        String def = rs.getString(4);
        if (generation != null && !generation.isEmpty()) {
            c = c.computed(generation, extra.contains("stored") || extra.contains("persistent"));
        } else if (def != null && !def.equalsIgnoreCase("NULL")) {
            boolean expression = mariadb || extra.contains("default_generated");
            c = c.serverDefault(new TextClause(expression ? def : dialect.stringLiteral(def)));
        }
        if (extra.contains("auto_increment")) {
            c = c.autoincrement(true);
        }
        String comment = rs.getString(9);
        if (comment != null && !comment.isEmpty()) {
            c = c.comment(comment);
        }
        t.column(c);
    }

    /** The column's type as DDL writes it; integer display widths are dropped, MySQL's BOOL kept. */
    private static String nativeType(ResultSet rs) throws SQLException {
        String dataType = rs.getString(6).toLowerCase(Locale.ROOT);
        String columnType = rs.getString(7).toLowerCase(Locale.ROOT);
        String unsigned = columnType.contains("unsigned") ? " unsigned" : "";
        return switch (dataType) {
            case "tinyint" -> columnType.startsWith("tinyint(1)") ? "tinyint(1)" : "tinyint" + unsigned;
            case "smallint", "mediumint", "int", "integer", "bigint" -> dataType + unsigned;
            case "enum", "set" -> rs.getString(7);
            default -> columnType.replace(" unsigned", "") + unsigned;
        };
    }

    private static String rule(String rule) {
        return rule == null || rule.equals("RESTRICT") || rule.equals("NO ACTION") ? null : rule;
    }

    private static String schema(String name, String defaultSchema) {
        return name == null || name.equals(defaultSchema) ? null : name;
    }
}
