package org.alembic4j.op.online;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads a table back through JDBC metadata, with names lower-cased so every dialect compares alike. */
final class SchemaReader {

    record ColumnInfo(String type, int size, int scale, boolean nullable, String defaultValue, String comment) {
    }

    record ForeignKeyInfo(String name, String column, String referredTable, String referredColumn, short deleteRule) {
    }

    private final TestDatabase db;

    SchemaReader(TestDatabase db) {
        this.db = db;
    }

    private DatabaseMetaData md() throws SQLException {
        return db.connection.getMetaData();
    }

    private String catalog() {
        return db.dialect.name().equals("mariadb") ? db.namespace : null;
    }

    private String schema() {
        return db.dialect.name().equals("postgresql") ? db.namespace : db.dialect.name().equals("h2") ? "PUBLIC" : null;
    }

    boolean tableExists(String table) throws SQLException {
        try (ResultSet rs = md().getTables(catalog(), schema(), db.stored(table), new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    String tableComment(String table) throws SQLException {
        try (ResultSet rs = md().getTables(catalog(), schema(), db.stored(table), null)) {
            return rs.next() ? emptyToNull(rs.getString("REMARKS")) : null;
        }
    }

    Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> out = new java.util.LinkedHashMap<>();
        try (ResultSet rs = md().getColumns(catalog(), schema(), db.stored(table), null)) {
            while (rs.next()) {
                out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new ColumnInfo(
                        rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF"),
                        emptyToNull(rs.getString("REMARKS"))));
            }
        }
        return out;
    }

    List<String> primaryKey(String table) throws SQLException {
        TreeMap<Short, String> cols = new TreeMap<>();
        try (ResultSet rs = md().getPrimaryKeys(catalog(), schema(), db.stored(table))) {
            while (rs.next()) {
                cols.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(cols.values());
    }

    /** Index name to "unique? columns", names lower-cased; the primary key's index is left out. */
    Map<String, String> indexes(String table) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        List<String> pk = primaryKey(table);
        try (ResultSet rs = md().getIndexInfo(catalog(), schema(), db.stored(table), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) continue;
                // H2 gives the index behind a constraint a generated suffix that changes when the table does.
                String key = name.toLowerCase(Locale.ROOT).replaceAll("_index_[0-9a-z]+$", "_index");
                String col = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                String unique = rs.getBoolean("NON_UNIQUE") ? "" : "unique ";
                out.merge(key, unique + col, (a, b) -> a + "," + b.replace("unique ", ""));
            }
        }
        out.entrySet().removeIf(e -> e.getValue().replace("unique ", "").equals(String.join(",", pk))
                && e.getValue().startsWith("unique"));
        return out;
    }

    List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        List<ForeignKeyInfo> out = new ArrayList<>();
        try (ResultSet rs = md().getImportedKeys(catalog(), schema(), db.stored(table))) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                out.add(new ForeignKeyInfo(name == null ? null : name.toLowerCase(Locale.ROOT),
                        rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                        rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT), rs.getShort("DELETE_RULE")));
            }
        }
        return out;
    }

    /** Everything above as one comparable text. */
    String snapshot(String table) throws SQLException {
        if (!tableExists(table)) {
            return "<no table " + table + ">";
        }
        return "columns=" + columns(table) + "\npk=" + primaryKey(table) + "\nindexes=" + indexes(table) + "\nfks="
                + foreignKeys(table) + "\ncomment=" + tableComment(table);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
