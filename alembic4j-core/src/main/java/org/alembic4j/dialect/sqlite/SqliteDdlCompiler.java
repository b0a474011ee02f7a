package org.alembic4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Identity;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TextClause;

/** SQLite DDL: schema on index names, no identity, and a refusal for what only batch mode can do. */
final class SqliteDdlCompiler extends DdlCompiler {

    SqliteDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override protected String displayName() { return "SQLite"; }
    @Override protected boolean parenthesizeExpressionDefaults() { return true; }
    @Override protected Optional<String> identity(Identity identity) { return Optional.empty(); }

    private static boolean inlineAutoincrement(Table table, Column c) {
        return table.dialectOptions().containsKey("sqlite_autoincrement")
                && table.autoincrementColumn().filter(a -> a == c).isPresent();
    }

    @Override protected String columnSuffix(Table table, Column c) {
        return inlineAutoincrement(table, c) ? " PRIMARY KEY AUTOINCREMENT" : "";
    }

    @Override protected Optional<String> primaryKeyClause(Table table) {
        if (table.autoincrementColumn().filter(c -> inlineAutoincrement(table, c)).isPresent()) {
            return Optional.empty();
        }
        return super.primaryKeyClause(table);
    }

    /** A foreign key can only point into the same schema (attached database), so it is written unqualified. */
    @Override protected String referredTable(String tableSchema, ForeignKeyConstraint fk) {
        return q(fk.referredTable());
    }

    /** SQLite puts the schema on the index name: {@code CREATE INDEX other.ix ON account (email)}. */
    @Override public String createIndex(String schema, String tableName, Index index, boolean ifNotExists) {
        requireName(index, tableName);
        Object where = index.optionFor("sqlite", "where");
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + (ifNotExists ? "IF NOT EXISTS " : "")
                + table(schema, index.name()) + " ON " + q(tableName) + " (" + indexElements(index) + ")"
                + (where == null ? "" : " WHERE " + sql().expression(where instanceof SqlExpression e ? e : new TextClause(where.toString())));
    }

    /**
     * Only renaming works in place. Type, nullability and default changes are refused before any
     * SQL runs (Alembic prints ALTER COLUMN statements that SQLite rejects): batch mode re-creates
     * the table instead.
     */
    @Override public List<String> alterColumn(ColumnAlteration a) {
        if (a.type() != null || a.nullable() != null || a.serverDefault().changed()) {
            throw new AlembicException("SQLite cannot ALTER COLUMN (type, nullability or default of "
                    + a.table() + "." + a.column() + "); use op.batchAlterTable(\"" + a.table()
                    + "\", ...) which re-creates the table");
        }
        if (a.comment().changed()) {
            requireComments("column");
        }
        List<String> out = new ArrayList<>();
        if (a.newName() != null) {
            out.add("ALTER TABLE " + table(a.schema(), a.table()) + " RENAME COLUMN " + q(a.column()) + " TO " + q(a.newName()));
        }
        return out;
    }
}
