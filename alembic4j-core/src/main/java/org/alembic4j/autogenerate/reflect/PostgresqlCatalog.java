package org.alembic4j.autogenerate.reflect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alembic4j.autogenerate.NativeTypes;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.autogenerate.TargetContext;
import org.alembic4j.autogenerate.compare.DefaultText;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.internal.logging.Loggers;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Identity;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;
import org.slf4j.Logger;

/** PostgreSQL through {@code pg_catalog}: five queries for any number of tables (six with all schemas). */
final class PostgresqlCatalog implements CatalogReader {

    private static final Logger LOG = Loggers.named("alembic.ddl.postgresql");

    private static final String TABLES = """
            SELECT n.nspname, c.relname, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY(?)
            ORDER BY n.nspname, c.relname""";

    private static final String COLUMNS = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), col_description(c.oid, a.attnum), a.attidentity,
                   a.attgenerated, t.typtype
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname = ANY(?)
            ORDER BY n.nspname, c.relname, a.attnum""";

    private static final String CONSTRAINTS = """
            SELECT n.nspname, c.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
                   con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
                   pg_get_constraintdef(con.oid, true), con.confmatchtype
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND n.nspname = ANY(?)
            ORDER BY n.nspname, c.relname, con.conname""";

    private static final String INDEXES = """
            SELECT n.nspname, c.relname, i.relname, ix.indisunique,
                   ARRAY(SELECT CASE WHEN k.num = 0 THEN 'expr:' || pg_get_indexdef(ix.indexrelid, k.ord::int, true)
                                     ELSE 'col:' || a.attname END
                         FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
                         LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num
                         WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord),
                   pg_get_expr(ix.indpred, ix.indrelid), am.amname
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class c ON c.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            WHERE NOT ix.indisprimary AND c.relkind IN ('r', 'p') AND n.nspname = ANY(?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid
                              AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY n.nspname, c.relname, i.relname""";

    /** Standalone sequences only: those owned by a column (SERIAL, identity) belong to their column. */
    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.deptype IN ('a', 'i'))
            ORDER BY n.nspname, c.relname""";

    private final Dialect dialect;

    PostgresqlCatalog(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override public String defaultSchema(CatalogQueries q) throws SQLException {
        return q.single("SELECT current_schema()");
    }

    @Override public List<String> schemaNames(CatalogQueries q) throws SQLException {
        List<String> out = new ArrayList<>();
        q.query("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' "
                + "ORDER BY nspname", List.of(), rs -> out.add(rs.getString(1)));
        return out;
    }

    @Override public TargetContext.Folding folding() {
        return TargetContext.Folding.LOWER;
    }

    @Override public SchemaSnapshot read(CatalogQueries q, Set<String> schemas, String defaultSchema) throws SQLException {
        List<String> names = List.copyOf(schemas);
        TableAssembler tables = new TableAssembler();
        q.query(TABLES, List.of(names), new CatalogRows(TABLE_ROWS, tables, defaultSchema));
        q.query(COLUMNS, List.of(names), new CatalogRows(COLUMN_ROWS, tables, defaultSchema));
        q.query(CONSTRAINTS, List.of(names), new CatalogRows(CONSTRAINT_ROWS, tables, defaultSchema));
        q.query(INDEXES, List.of(names), new CatalogRows(INDEX_ROWS, tables, defaultSchema));
        for (TableAssembler.Parts t : tables.all()) {
            markAutoincrement(t);
        }
        SequenceRows sequences = new SequenceRows(defaultSchema);
        q.query(SEQUENCES, List.of(names), sequences);
        return new SchemaSnapshot(tables.build(), sequences.found);
    }

    // The row readers are named classes, not lambdas: this catalog is read only against a
    // server, and the build's class-data training has none, so a lambda here would be generated
    // afresh by every command (about a millisecond each in a cold JVM, on the path that waits
    // for the connection) where these classes come from the archive (src/cds/postgresql-classes.txt).

    /** What the rows of each table-shaped catalog query become. */
    private static final int TABLE_ROWS = 0;
    private static final int COLUMN_ROWS = 1;
    private static final int CONSTRAINT_ROWS = 2;
    private static final int INDEX_ROWS = 3;

    private final class CatalogRows implements CatalogQueries.RowReader {
        private final int kind;
        private final TableAssembler tables;
        private final String defaultSchema;

        CatalogRows(int kind, TableAssembler tables, String defaultSchema) {
            this.kind = kind;
            this.tables = tables;
            this.defaultSchema = defaultSchema;
        }

        @Override
        public void read(ResultSet rs) throws SQLException {
            switch (kind) {
                case TABLE_ROWS -> tables.table(schema(rs.getString(1), defaultSchema), rs.getString(2))
                        .comment(rs.getString(3));
                case COLUMN_ROWS -> readColumn(tables, rs, defaultSchema);
                case CONSTRAINT_ROWS -> readConstraint(tables, rs, defaultSchema);
                default -> readIndex(tables, rs, defaultSchema);
            }
        }
    }

    private static final class SequenceRows implements CatalogQueries.RowReader {
        private final String defaultSchema;
        final List<Sequence> found = new ArrayList<>();

        SequenceRows(String defaultSchema) {
            this.defaultSchema = defaultSchema;
        }

        @Override
        public void read(ResultSet rs) throws SQLException {
            found.add(new Sequence(schema(rs.getString(1), defaultSchema), rs.getString(2), rs.getLong(3),
                    rs.getLong(4), null, null, null, rs.getBoolean(8)));
        }
    }

    private static String schema(String name, String defaultSchema) {
        return name.equals(defaultSchema) ? null : name;
    }

    private void readColumn(TableAssembler tables, ResultSet rs, String defaultSchema) throws SQLException {
        TableAssembler.Parts t = tables.existing(schema(rs.getString(1), defaultSchema), rs.getString(2));
        if (t == null) {
            return;
        }
        String nativeType = rs.getString(4);
        boolean userEnum = "e".equals(rs.getString(10));
        Column c = Column.of(rs.getString(3), userEnum ? new DialectType(nativeType, Set.of())
                : NativeTypes.toSqlType(dialect, nativeType)).nullable(!rs.getBoolean(5));
        String def = rs.getString(6);
        String identity = rs.getString(8);
        String generated = rs.getString(9);
        if (generated != null && generated.equals("s")) {
            c = c.computed(def, true);
        } else if (def != null && def.toLowerCase(Locale.ROOT).startsWith("nextval(")) {
            // A SERIAL column: its sequence is part of the column, not a server default (Alembic omits it too).
            LOG.info("Detected sequence default {} on column '{}.{}', assuming SERIAL and omitting", def,
                    t.key.name(), c.name());
            c = c.autoincrement(true);
        } else if (def != null) {
            c = c.serverDefault(new TextClause(def));
        }
        if (identity != null && !identity.isEmpty()) {
            c = c.identity(new Identity(identity.equals("a"), null, null));
        }
        String comment = rs.getString(7);
        if (comment != null && !comment.isEmpty()) {
            c = c.comment(comment);
        }
        t.column(c);
    }

    private static void readConstraint(TableAssembler tables, ResultSet rs, String defaultSchema) throws SQLException {
        TableAssembler.Parts t = tables.existing(schema(rs.getString(1), defaultSchema), rs.getString(2));
        if (t == null) {
            return;
        }
        String name = rs.getString(3);
        List<String> cols = strings(rs.getArray(5));
        switch (rs.getString(4)) {
            case "p" -> {
                for (int i = 0; i < cols.size(); i++) {
                    t.primaryKey(name, i, cols.get(i));
                }
            }
            case "u" -> t.unique(new UniqueConstraint(name, cols, rs.getBoolean(11) ? Boolean.TRUE : null,
                    rs.getBoolean(12) ? "DEFERRED" : null));
            case "f" -> t.foreignKey(new ForeignKeyConstraint(name, cols, schema(rs.getString(6), defaultSchema),
                    rs.getString(7), strings(rs.getArray(8)), action(rs.getString(9)), action(rs.getString(10)),
                    "f".equals(rs.getString(14)) ? "FULL" : null, rs.getBoolean(11) ? Boolean.TRUE : null,
                    rs.getBoolean(12) ? "DEFERRED" : null));
            case "c" -> t.check(new CheckConstraint(name, new TextClause(checkBody(rs.getString(13)))));
            default -> { }
        }
    }

    private static void readIndex(TableAssembler tables, ResultSet rs, String defaultSchema) throws SQLException {
        TableAssembler.Parts t = tables.existing(schema(rs.getString(1), defaultSchema), rs.getString(2));
        if (t == null) {
            return;
        }
        List<SqlExpression> elements = new ArrayList<>();
        for (String e : strings(rs.getArray(5))) {
            elements.add(e.startsWith("col:") ? new ColumnRef(null, null, e.substring(4)) : new TextClause(e.substring(5)));
        }
        if (elements.isEmpty()) {
            return;
        }
        Index index = new Index(rs.getString(3), elements, rs.getBoolean(4), Map.of());
        String where = rs.getString(6);
        if (where != null) {
            index = index.option("postgresql_where", new TextClause(where));
        }
        String using = rs.getString(7);
        if (using != null && !using.equals("btree")) {
            index = index.option("postgresql_using", using);
        }
        t.index(index);
    }

    /** An integer primary key without SERIAL or identity must not become SERIAL when re-created. */
    private static void markAutoincrement(TableAssembler.Parts t) {
        List<String> pk = t.primaryKeyColumns();
        for (Column c : List.copyOf(t.columns())) {
            if (pk.size() == 1 && pk.get(0).equals(c.name()) && c.autoincrement() == null && c.identity() == null) {
                t.replaceColumn(c.name(), col -> col.autoincrement(false));
            }
        }
    }

    /** {@code CHECK ((qty >= 0))} to {@code qty >= 0}. */
    static String checkBody(String definition) {
        String s = definition.trim();
        if (s.toUpperCase(Locale.ROOT).startsWith("CHECK")) {
            s = s.substring(5).trim();
        }
        int noInherit = s.toUpperCase(Locale.ROOT).lastIndexOf(" NO INHERIT");
        if (noInherit > 0) {
            s = s.substring(0, noInherit).trim();
        }
        return DefaultText.stripParens(s);
    }

    private static String action(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> null;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
