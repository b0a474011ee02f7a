package org.alembic4j.op;

import java.util.List;
import java.util.Map;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.VarcharType;

/**
 * Alembic's version table as an ordinary table definition, so its DDL renders exactly as
 * Alembic's: {@code CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n
 * CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)}, names quoted by the dialect.
 */
public final class VersionTable {
    private VersionTable() {
    }

    /** The table: one {@code version_num VARCHAR(32) NOT NULL} column, primary key {@code <name>_pkc}. */
    public static Table definition(String name, String schema) {
        return new Table(schema, name, List.of(Column.of("version_num", new VarcharType(32)).notNull(),
                new PrimaryKeyConstraint(name + "_pkc", List.of("version_num"))), null, Map.of());
    }

    /** The CREATE TABLE operation for the version table. */
    public static CreateTableOp create(String name, String schema) {
        return new CreateTableOp(definition(name, schema), false);
    }
}
