package org.alembic4j.op;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.DataStatement;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.ExcludeConstraint;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;

/**
 * What a revision script can do to the database: Alembic's {@code op} object, with Alembic's
 * operation names in Java spelling. Positional arguments are Alembic's; keyword arguments go in an
 * optional trailing lambda, e.g. {@code op.addColumn("account", column("score", INTEGER), o -> o.schema("other"))}.
 *
 * <p>Each call builds an operation value ({@link MigrationOperation}), renders all its SQL for
 * the dialect (so an operation the dialect cannot do fails before any SQL runs) and hands the
 * statements to the running migration, which executes them online or prints them offline.
 */
public interface Operations {

    // ---- raw SQL and data ----------------------------------------------------------------------

    /** Runs SQL exactly as written: no bind-parameter parsing of {@code :word}, no escaping needed. */
    void execute(String sql);

    /** Runs SQL with {@code :name} parameters replaced by literals (outside quoted text only). */
    void execute(String sql, Map<String, ?> parameters);

    /** Runs an INSERT/UPDATE/DELETE built with {@code insert(t)}, {@code update(t)}, {@code delete(t)}. */
    void execute(DataStatement statement);

    /** One INSERT per row, values as literals; each row lists only its own keys. */
    void bulkInsert(Table table, List<? extends Map<String, ?>> rows);

    /** As {@link #bulkInsert(Table, List)}; {@code multiinsert} is accepted for Alembic compatibility. */
    void bulkInsert(Table table, List<? extends Map<String, ?>> rows, boolean multiinsert);

    // ---- tables --------------------------------------------------------------------------------

    /** CREATE TABLE with these columns, constraints and indexes; returns the table (for {@link #bulkInsert}). */
    Table createTable(String name, TableElement... elements);

    /** CREATE TABLE for a full definition ({@code table("t", ...).schema("s").comment("...")}). */
    Table createTable(Table table);

    Table createTable(Table table, Consumer<CreateTableOptions> options);

    void dropTable(String name);

    void dropTable(String name, Consumer<DropOptions> options);

    void renameTable(String oldName, String newName);

    void renameTable(String oldName, String newName, Consumer<SchemaOptions.Only> options);

    void createTableComment(String table, String comment);

    void createTableComment(String table, String comment, Consumer<CommentOptions> options);

    void dropTableComment(String table);

    void dropTableComment(String table, Consumer<CommentOptions> options);

    // ---- columns -------------------------------------------------------------------------------

    void addColumn(String table, Column column);

    void addColumn(String table, Column column, Consumer<AddColumnOptions> options);

    void dropColumn(String table, String column);

    void dropColumn(String table, String column, Consumer<DropOptions> options);

    /** {@code op.alterColumn("account", "name", a -> a.type(string(100)).existingNullable(false))}. */
    void alterColumn(String table, String column, Consumer<AlterColumnOptions> changes);

    // ---- indexes -------------------------------------------------------------------------------

    /** Columns are names ({@code "email"}) or expressions ({@code text("lower(email)")}, {@code func("upper", col("name"))}). */
    void createIndex(String name, String table, List<?> columns);

    void createIndex(String name, String table, List<?> columns, Consumer<IndexOptions> options);

    /** DROP INDEX without a table (MySQL then gets Alembic's placeholder {@code no_table}). */
    void dropIndex(String name);

    void dropIndex(String name, String table);

    void dropIndex(String name, String table, Consumer<DropOptions> options);

    // ---- constraints ---------------------------------------------------------------------------

    /** A null name leaves naming to the naming convention, or to the database. */
    void createUniqueConstraint(String name, String table, List<String> columns);

    void createUniqueConstraint(String name, String table, List<String> columns, Consumer<ConstraintOptions> options);

    void createPrimaryKey(String name, String table, List<String> columns);

    void createPrimaryKey(String name, String table, List<String> columns, Consumer<ConstraintOptions> options);

    void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns);

    void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns, Consumer<ForeignKeyOptions> options);

    void createCheckConstraint(String name, String table, String condition);

    void createCheckConstraint(String name, String table, String condition, Consumer<ConstraintOptions> options);

    void createCheckConstraint(String name, String table, SqlExpression condition);

    void createCheckConstraint(String name, String table, SqlExpression condition, Consumer<ConstraintOptions> options);

    /** PostgreSQL only: {@code EXCLUDE USING gist (period WITH &&)}. */
    void createExcludeConstraint(String name, String table, String using, ExcludeConstraint.Element... elements);

    /** DROP CONSTRAINT without a type (MySQL and MariaDB refuse this: they need the type). */
    void dropConstraint(String name, String table);

    void dropConstraint(String name, String table, ConstraintType type);

    void dropConstraint(String name, String table, ConstraintType type, Consumer<DropOptions> options);

    // ---- sequences and enum types --------------------------------------------------------------

    void createSequence(Sequence sequence);

    void dropSequence(Sequence sequence);

    /** {@code CREATE TYPE ... AS ENUM} where enums are named types (PostgreSQL); nothing elsewhere. */
    void createEnumType(EnumType type);

    void dropEnumType(EnumType type);

    // ---- batch mode and extension --------------------------------------------------------------

    /**
     * Alembic's {@code batch_alter_table}: the changes made on {@code batch} are applied together
     * when the body returns, as plain ALTERs or, on SQLite (or with {@code recreate(ALWAYS)}), by
     * re-creating the table and copying every row ("move and copy").
     */
    void batchAlterTable(String table, Consumer<BatchOperations> body);

    void batchAlterTable(String table, Consumer<BatchOptions> options, Consumer<BatchOperations> body);

    /** Runs an operation value (Alembic's {@code op.invoke}). */
    void invoke(MigrationOperation operation);
}
