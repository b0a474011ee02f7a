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
import org.alembic4j.schema.Identity;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;

/**
 * H2 2.x through its {@code INFORMATION_SCHEMA}: six queries for any number of tables. H2 stores
 * unquoted names in upper case; they are reported lower-cased, as SQLAlchemy does for such databases.
 */
final class H2Catalog implements CatalogReader {

    private static final String TABLES = "SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES "
            + "WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN (%s) ORDER BY TABLE_SCHEMA, TABLE_NAME";

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE,
                   CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_IDENTITY,
                   IDENTITY_GENERATION, REMARKS, GENERATION_EXPRESSION
            FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    private static final String KEYS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   pk.TABLE_SCHEMA, pk.TABLE_NAME, pk.COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE, tc.INDEX_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                 AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND pk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND tc.TABLE_SCHEMA IN (%s)
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private static final String CHECKS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA IN (%s)""";

    private static final String INDEXES = """
            SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
                 AND c.TABLE_NAME = i.TABLE_NAME
            WHERE i.TABLE_SCHEMA IN (%s) AND i.INDEX_TYPE_NAME IN ('INDEX', 'UNIQUE INDEX')
            ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

    private static final String SEQUENCES = """
            SELECT s.SEQUENCE_SCHEMA, s.SEQUENCE_NAME, s.START_VALUE, s.INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES s
            WHERE s.SEQUENCE_SCHEMA IN (%s) AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS c
                  WHERE c.TABLE_SCHEMA = s.SEQUENCE_SCHEMA AND c.IS_IDENTITY = 'YES'
                  AND c.COLUMN_DEFAULT IS NULL AND s.SEQUENCE_NAME LIKE 'SYSTEM_SEQUENCE_%%')
              AND s.SEQUENCE_NAME NOT LIKE 'SYSTEM_SEQUENCE_%%'
            ORDER BY 1, 2""";

    private final Dialect dialect;

    H2Catalog(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override public String defaultSchema(CatalogQueries q) throws SQLException {
        return q.single("SELECT CURRENT_SCHEMA");
    }

    @Override public List<String> schemaNames(CatalogQueries q) throws SQLException {
        List<String> out = new ArrayList<>();
        q.query("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA' "
                + "ORDER BY SCHEMA_NAME", List.of(), rs -> out.add(normalize(rs.getString(1))));
        return out;
    }

    @Override public TargetContext.Folding folding() {
        return TargetContext.Folding.LOWER;
    }

    /** Upper-case names (H2's unquoted identifiers) are reported in lower case. */
    static String normalize(String name) {
        return name != null && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Back from the normalised form to H2's stored name, for the IN lists. */
    private static String stored(String name) {
        return name.equals(name.toLowerCase(Locale.ROOT)) ? name.toUpperCase(Locale.ROOT) : name;
    }

    @Override public SchemaSnapshot read(CatalogQueries q, Set<String> schemas, String defaultSchema) throws SQLException {
        List<String> names = schemas.stream().map(H2Catalog::stored).toList();
        String in = CatalogQueries.placeholders(names.size());
        String def = normalize(defaultSchema);
        TableAssembler tables = new TableAssembler();
        q.query(TABLES.formatted(in), names, rs -> tables.table(schema(rs.getString(1), def), normalize(rs.getString(2)))
                .comment(rs.getString(3)));
        q.query(COLUMNS.formatted(in), names, rs -> readColumn(tables, rs, def));
        Map<TableAssembler.Key, Map<String, List<String[]>>> keys = new LinkedHashMap<>();
        Set<String> constraintIndexes = new HashSet<>();
        q.query(KEYS.formatted(in), names, rs -> {
            if (rs.getString(11) != null) {
                constraintIndexes.add(rs.getString(1) + "." + rs.getString(11));
            }
            keys.computeIfAbsent(new TableAssembler.Key(schema(rs.getString(1), def), normalize(rs.getString(2))),
                            k -> new LinkedHashMap<>())
                    .computeIfAbsent(normalize(rs.getString(3)) + "\u0000" + rs.getString(4), k -> new ArrayList<>())
                    .add(new String[] {normalize(rs.getString(5)), rs.getString(6), normalize(rs.getString(7)),
                            normalize(rs.getString(8)), rs.getString(9), rs.getString(10)});
        });
        keys.forEach((key, constraints) -> {
            TableAssembler.Parts t = tables.existing(key.schema(), key.name());
            if (t != null) {
                constraints.forEach((nameAndType, rows) -> addKey(t, nameAndType, rows, def));
            }
        });
        q.query(CHECKS.formatted(in), names, rs -> {
            TableAssembler.Parts t = tables.existing(schema(rs.getString(1), def), normalize(rs.getString(2)));
            if (t != null) {
                t.check(new CheckConstraint(normalize(rs.getString(3)), new TextClause(PostgresqlCatalog.checkBody(rs.getString(4)))));
            }
        });
        Map<TableAssembler.Key, Map<String, Index>> indexes = new LinkedHashMap<>();
        q.query(INDEXES.formatted(in), names, rs -> {
            if (constraintIndexes.contains(rs.getString(1) + "." + rs.getString(3))) {
                return;
            }
            TableAssembler.Key key = new TableAssembler.Key(schema(rs.getString(1), def), normalize(rs.getString(2)));
            Map<String, Index> byName = indexes.computeIfAbsent(key, k -> new LinkedHashMap<>());
            String name = normalize(rs.getString(3));
            Index previous = byName.get(name);
            List<SqlExpression> elements = new ArrayList<>(previous == null ? List.of() : previous.elements());
            elements.add(new ColumnRef(null, null, normalize(rs.getString(5))));
            byName.put(name, new Index(name, elements, rs.getString(4).startsWith("UNIQUE"), Map.of()));
        });
        indexes.forEach((key, byName) -> {
            TableAssembler.Parts t = tables.existing(key.schema(), key.name());
            if (t != null) {
                byName.values().forEach(t::index);
            }
        });
        List<Sequence> sequences = new ArrayList<>();
        q.query(SEQUENCES.formatted(in), names, rs -> sequences.add(new Sequence(schema(rs.getString(1), def),
                normalize(rs.getString(2)), rs.getLong(3), rs.getLong(4), null, null, null, false)));
        return new SchemaSnapshot(tables.build(), sequences);
    }

    private static void addKey(TableAssembler.Parts t, String nameAndType, List<String[]> rows, String def) {
        String[] parts = nameAndType.split("\u0000");
        List<String> cols = rows.stream().map(r -> r[0]).toList();
        switch (parts[1]) {
            case "PRIMARY KEY" -> {
                for (int i = 0; i < cols.size(); i++) {
                    t.primaryKey(parts[0], i, cols.get(i));
                }
                if (cols.size() == 1) {
                    t.replaceColumn(cols.get(0), c -> c.identity() == null ? c.autoincrement(false) : c);
                }
            }
            case "UNIQUE" -> t.unique(new UniqueConstraint(parts[0], cols, null, null));
            case "FOREIGN KEY" -> {
                String[] first = rows.get(0);
                t.foreignKey(new ForeignKeyConstraint(parts[0], cols, first[1] == null ? null : schema(first[1], def),
                        first[2], rows.stream().map(r -> r[3]).toList(), rule(first[5]), rule(first[4]), null, null, null));
            }
            default -> { }
        }
    }

    private void readColumn(TableAssembler tables, ResultSet rs, String def) throws SQLException {
        TableAssembler.Parts t = tables.existing(schema(rs.getString(1), def), normalize(rs.getString(2)));
        if (t == null) {
            return;
        }
        Column c = Column.of(normalize(rs.getString(3)), NativeTypes.toSqlType(dialect, nativeType(rs)))
                .nullable("YES".equals(rs.getString(5)));
        String generation = rs.getString(14);
        String defaultSql = rs.getString(4);
        if (generation != null) {
            c = c.computed(generation);
        } else if (defaultSql != null) {
            c = c.serverDefault(new TextClause(defaultSql));
        }
        if ("YES".equals(rs.getString(11))) {
            c = c.identity(new Identity("ALWAYS".equals(rs.getString(12)), null, null));
        }
        String comment = rs.getString(13);
        if (comment != null && !comment.isEmpty()) {
            c = c.comment(comment);
        }
        t.column(c);
    }

    private static String nativeType(ResultSet rs) throws SQLException {
        String type = rs.getString(6);
        String upper = type.toUpperCase(Locale.ROOT);
        long length = rs.getLong(7);
        boolean hasLength = !rs.wasNull();
        return switch (upper) {
            case "CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY" ->
                    hasLength && length < Integer.MAX_VALUE ? type + "(" + length + ")" : type;
            case "NUMERIC", "DECIMAL" -> type + "(" + rs.getInt(8) + ", " + rs.getInt(9) + ")";
            default -> type;
        };
    }

    private static String rule(String rule) {
        return rule == null || rule.equals("RESTRICT") || rule.equals("NO ACTION") ? null : rule;
    }

    private static String schema(String name, String def) {
        String n = normalize(name);
        return n == null || n.equals(def) ? null : n;
    }
}
