package org.alembic4j.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alembic4j.AlembicException;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.CharType;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.DateType;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.FloatType;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.JsonType;
import org.alembic4j.schema.NumericType;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.TextType;
import org.alembic4j.schema.TimeType;
import org.alembic4j.schema.UniqueConstraint;
import org.alembic4j.schema.UuidType;
import org.alembic4j.schema.VarcharType;

/**
 * Reflection through {@link DatabaseMetaData} alone: columns (type, nullability, default,
 * comment), primary key, foreign keys, unique and plain indexes. CHECK constraints are not part of
 * JDBC metadata and are not reflected here; the SQLite reflector reads them from the table's SQL.
 */
public class JdbcTableReflector implements TableReflector {

    protected final Dialect dialect;
    private boolean folded;

    public JdbcTableReflector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Table reflect(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        folded = md.storesUpperCaseIdentifiers();
        String[] where = locate(connection, md, schema, table);
        String catalog = where[0];
        String schem = where[1];
        String name = where[2];
        List<TableElement> elements = new ArrayList<>();
        Map<String, String> originalNames = new LinkedHashMap<>();
        try (ResultSet rs = md.getColumns(catalog, schem, name, null)) {
            while (rs.next()) {
                String col = name(rs.getString("COLUMN_NAME"));
                Column c = Column.of(col, type(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")))
                        .nullable(rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                String def = rs.getString("COLUMN_DEF");
                if (def != null && !def.toLowerCase(Locale.ROOT).startsWith("nextval(")
                        && !def.toUpperCase(Locale.ROOT).startsWith("NULL")) {
                    c = c.serverDefault(new TextClause(def));
                }
                String remarks = rs.getString("REMARKS");
                if (remarks != null && !remarks.isEmpty()) {
                    c = c.comment(remarks);
                }
                originalNames.put(col, col);
                elements.add(c);
            }
        }
        if (elements.isEmpty()) {
            throw new AlembicException("No such table: " + (schema == null ? "" : schema + ".") + table);
        }
        TreeMap<Integer, String> pk = new TreeMap<>();
        String pkName = null;
        try (ResultSet rs = md.getPrimaryKeys(catalog, schem, name)) {
            while (rs.next()) {
                pk.put(rs.getInt("KEY_SEQ"), name(rs.getString("COLUMN_NAME")));
                pkName = rs.getString("PK_NAME");
            }
        }
        if (!pk.isEmpty()) {
            elements.add(new PrimaryKeyConstraint(null, List.copyOf(pk.values())));
        }
        elements.addAll(foreignKeys(md, catalog, schem, name));
        elements.addAll(indexesAndUniques(md, catalog, schem, name, pkName, pk.values()));
        return new Table(schema, table, elements, null, Map.of());
    }

    /**
     * A stored name as it would be written: where the database folds unquoted names to upper case
     * (H2), an all-upper-case name was written unquoted in lower case, and is given back that way.
     */
    private String name(String stored) {
        return stored != null && folded && stored.equals(stored.toUpperCase(Locale.ROOT)) ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    /** Catalog, schema and exact table name as the database stores them (H2 folds to upper case). */
    protected String[] locate(Connection connection, DatabaseMetaData md, String schema, String table) throws SQLException {
        boolean schemaIsCatalog = dialect.name().equals("mysql") || dialect.name().equals("mariadb");
        String catalog = schemaIsCatalog ? (schema != null ? schema : connection.getCatalog()) : null;
        for (String s : schema == null ? new String[] {null} : new String[] {schema, schema.toUpperCase(Locale.ROOT)}) {
            for (String t : new java.util.LinkedHashSet<>(List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)))) {
                try (ResultSet rs = md.getTables(catalog, schemaIsCatalog ? null : s, t, null)) {
                    if (rs.next()) {
                        return new String[] {catalog, schemaIsCatalog ? null : rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")};
                    }
                }
            }
        }
        throw new AlembicException("No such table: " + (schema == null ? "" : schema + ".") + table);
    }

    private List<ForeignKeyConstraint> foreignKeys(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        Map<String, List<String[]>> byKey = new LinkedHashMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String key = rs.getString("FK_NAME") + "|" + rs.getString("PKTABLE_NAME");
                if (rs.getInt("KEY_SEQ") == 1 && byKey.containsKey(key)) {
                    key = key + "|" + byKey.size();
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {
                        name(rs.getString("FK_NAME")), name(rs.getString("PKTABLE_NAME")), name(rs.getString("FKCOLUMN_NAME")),
                        name(rs.getString("PKCOLUMN_NAME")), rule(rs.getShort("DELETE_RULE")), rule(rs.getShort("UPDATE_RULE"))});
            }
        }
        List<ForeignKeyConstraint> out = new ArrayList<>();
        for (List<String[]> rows : byKey.values()) {
            String[] first = rows.get(0);
            String fkName = first[0] == null || first[0].isEmpty() ? null : first[0];
            out.add(new ForeignKeyConstraint(fkName, rows.stream().map(r -> r[2]).toList(), null, first[1],
                    rows.stream().map(r -> r[3]).toList(), first[4], first[5], null, null, null));
        }
        return out;
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> null;
        };
    }

    private List<TableElement> indexesAndUniques(DatabaseMetaData md, String catalog, String schema, String table,
            String pkName, java.util.Collection<String> pkColumns) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String idx = name(rs.getString("INDEX_NAME"));
                if (idx == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                columns.computeIfAbsent(idx, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), name(rs.getString("COLUMN_NAME")));
                unique.put(idx, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<TableElement> out = new ArrayList<>();
        columns.forEach((idx, cols) -> {
            List<String> names = List.copyOf(cols.values());
            boolean isPk = idx.equalsIgnoreCase(String.valueOf(pkName)) || idx.equalsIgnoreCase("PRIMARY") || (unique.get(idx) && names.equals(List.copyOf(pkColumns)));
            if (isPk || names.contains(null)) {
                return;
            }
            if (unique.get(idx)) {
                out.add(new UniqueConstraint(idx, names, null, null));
            } else {
                out.add(new Index(idx, names.stream().map(n -> (org.alembic4j.schema.SqlExpression) new ColumnRef(null, null, n)).toList(),
                        false, Map.of()));
            }
        });
        return out;
    }

    /** A portable type for a JDBC type name, or the name itself as a dialect type. */
    protected SqlType type(String typeName, int size, int scale) {
        String t = typeName.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "int", "int4", "integer", "serial", "mediumint" -> new IntegerType(IntegerType.Size.REGULAR);
            case "int8", "bigint", "bigserial" -> new IntegerType(IntegerType.Size.BIG);
            case "int2", "smallint", "smallserial", "tinyint" -> new IntegerType(IntegerType.Size.SMALL);
            case "varchar", "character varying", "nvarchar" -> new VarcharType(size > 0 && size < Integer.MAX_VALUE ? size : null);
            case "char", "bpchar", "character" -> new CharType(size > 0 ? size : null);
            case "text", "clob", "character large object", "longtext", "mediumtext" -> new TextType();
            case "bool", "boolean" -> new org.alembic4j.schema.BooleanType(false, null);
            case "date" -> new DateType();
            case "time" -> new TimeType(false);
            case "timetz", "time with time zone" -> new TimeType(true);
            case "timestamp", "datetime" -> new DateTimeType(false);
            case "timestamptz", "timestamp with time zone" -> new DateTimeType(true);
            case "numeric", "decimal" -> new NumericType(size > 0 ? size : null, size > 0 ? scale : null, t.equals("decimal"));
            case "float4", "float8", "float", "double", "double precision", "real" -> new FloatType(null);
            case "bytea", "blob", "binary large object", "longblob" -> new BinaryType(null);
            case "json", "jsonb" -> t.equals("json") ? new JsonType() : new DialectType("JSONB", Set.of());
            case "uuid" -> new UuidType();
            default -> new DialectType(typeName.toUpperCase(Locale.ROOT), Set.of());
        };
    }
}
