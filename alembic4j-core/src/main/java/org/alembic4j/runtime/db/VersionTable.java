package org.alembic4j.runtime.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.graph.VersionChange;

/**
 * Alembic's version table: {@code alembic_version(version_num VARCHAR(32) NOT NULL,
 * CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))}, one row per stored head.
 *
 * <p>The SQL is the text SQLAlchemy renders for Alembic, so the same table serves Python
 * Alembic and alembic4j. Values are inlined as literals in both modes, as Alembic does. The one
 * deliberate difference: no {@code RETURNING} clause after the INSERT.
 */
public final class VersionTable {

    /** Alembic's default table name. */
    public static final String DEFAULT_NAME = "alembic_version";

    private final String name;
    private final String schema;
    private final Dialect dialect;
    /** Quoted once: offline, every step's INSERT/UPDATE names the table twice. */
    private final String qualifiedName;

    /**
     * @param name    the table name ({@code version_table})
     * @param schema  the schema ({@code version_table_schema}), or {@code null} for the connection's default
     * @param dialect quoting and literals
     */
    public VersionTable(String name, String schema, Dialect dialect) {
        this.name = Objects.requireNonNull(name, "name");
        this.schema = schema == null || schema.isEmpty() ? null : schema;
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        String table = dialect.quoteIdentifier(name);
        this.qualifiedName = this.schema == null ? table : dialect.quoteIdentifier(this.schema) + "." + table;
    }

    /** The table name as configured (no schema): the name Alembic's error messages use. */
    public String name() {
        return name;
    }

    /** The schema, or {@code null}. */
    public String schema() {
        return schema;
    }

    /** {@code schema.table} or {@code table}, quoted where the dialect needs it. */
    public String qualifiedName() {
        return qualifiedName;
    }

    /**
     * The CREATE TABLE statement exactly as SQLAlchemy sends it for Alembic: tab-indented, with a
     * space before each line break (offline output turns the tabs into four spaces).
     */
    public String createSql() {
        return "CREATE TABLE " + qualifiedName() + " (\n"
                + "\tversion_num VARCHAR(32) NOT NULL, \n"
                + "\tCONSTRAINT " + dialect.quoteIdentifier(name + "_pkc") + " PRIMARY KEY (version_num)\n"
                + ")";
    }

    public String selectSql() {
        return "SELECT " + qualifiedName() + ".version_num FROM " + qualifiedName();
    }

    public String insertSql(String version) {
        return "INSERT INTO " + qualifiedName() + " (version_num) VALUES (" + dialect.stringLiteral(version) + ")";
    }

    public String updateSql(String from, String to) {
        return "UPDATE " + qualifiedName() + " SET version_num=" + dialect.stringLiteral(to)
                + " WHERE " + qualifiedName() + ".version_num = " + dialect.stringLiteral(from);
    }

    public String deleteSql(String version) {
        return "DELETE FROM " + qualifiedName() + " WHERE " + qualifiedName() + ".version_num = "
                + dialect.stringLiteral(version);
    }

    /** Deletes every row ({@code stamp --purge}). */
    public String deleteAllSql() {
        return "DELETE FROM " + qualifiedName();
    }

    /** The statement that applies one change. */
    public String sqlFor(VersionChange change) {
        // Java 17 has no pattern switch; the interface is sealed to these three records.
        if (change instanceof VersionChange.Insert i) {
            return insertSql(i.version());
        }
        if (change instanceof VersionChange.Update u) {
            return updateSql(u.from(), u.to());
        }
        VersionChange.Delete d = (VersionChange.Delete) change;
        return deleteSql(d.version());
    }

    /**
     * Applies one change online, checking that an UPDATE or DELETE touched exactly one row:
     * the only guard Alembic has against a table that moved under it.
     */
    public void apply(Connection connection, VersionChange change) throws SQLException {
        int count;
        try (Statement st = connection.createStatement()) {
            count = st.executeUpdate(sqlFor(change));
        }
        if (count != 1 && !(change instanceof VersionChange.Insert)) {
            throw rowCountMismatch(change, count);
        }
    }

    /**
     * Alembic's error for an UPDATE or DELETE of the version table that matched {@code found}
     * rows instead of one; also what a run holding its version rows back reports when a step's
     * change does not fit the rows it holds.
     */
    public AlembicException rowCountMismatch(VersionChange change, int found) {
        if (change instanceof VersionChange.Update u) {
            return new AlembicException("Online migration expected to match one row when updating '"
                    + u.from() + "' to '" + u.to() + "' in '" + name + "'; " + found + " found");
        }
        if (change instanceof VersionChange.Delete d) {
            return new AlembicException("Online migration expected to match one row when deleting '"
                    + d.version() + "' in '" + name + "'; " + found + " found");
        }
        VersionChange.Insert i = (VersionChange.Insert) change;
        return new AlembicException("Online migration expected to insert '" + i.version() + "' into '"
                + name + "', which already holds it");
    }

    /** True when the table exists (looked up in the catalog; never creates anything). */
    public boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String table = storedCase(md, name);
        boolean schemasAreCatalogs = !md.supportsSchemasInTableDefinitions() && md.supportsCatalogsInTableDefinitions();
        String catalog = null;
        String schemaPattern = null;
        if (schemasAreCatalogs) {
            catalog = schema != null ? schema : connection.getCatalog();
        } else if (md.supportsSchemasInTableDefinitions()) {
            schemaPattern = schema != null ? storedCase(md, schema) : connection.getSchema();
        }
        try (ResultSet rs = md.getTables(catalog, schemaPattern, table, null)) {
            while (rs.next()) {
                // getTables takes patterns: '_' matches any character, so compare names exactly.
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The stored heads, sorted; empty when the table does not exist. Never creates the table. */
    public Set<String> readHeads(Connection connection) throws SQLException {
        Set<String> heads = new TreeSet<>();
        if (!exists(connection)) {
            return heads;
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(selectSql())) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    /** Creates the table unless it exists. */
    public void create(Connection connection) throws SQLException {
        if (!exists(connection)) {
            try (Statement st = connection.createStatement()) {
                st.execute(createSql());
            }
        }
    }

    /** An unquoted identifier in the case the database stores it (H2 folds to upper case, PostgreSQL to lower). */
    private String storedCase(DatabaseMetaData md, String identifier) throws SQLException {
        boolean quoted = !dialect.quoteIdentifier(identifier).equals(identifier);
        if (quoted) {
            return identifier;
        }
        if (md.storesUpperCaseIdentifiers()) {
            return identifier.toUpperCase(java.util.Locale.ROOT);
        }
        if (md.storesLowerCaseIdentifiers()) {
            return identifier.toLowerCase(java.util.Locale.ROOT);
        }
        return identifier;
    }
}
