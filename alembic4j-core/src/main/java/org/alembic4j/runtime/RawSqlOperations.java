package org.alembic4j.runtime;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.op.AddColumnOptions;
import org.alembic4j.op.AlterColumnOptions;
import org.alembic4j.op.BatchOperations;
import org.alembic4j.op.BatchOptions;
import org.alembic4j.op.CommentOptions;
import org.alembic4j.op.ConstraintOptions;
import org.alembic4j.op.CreateTableOptions;
import org.alembic4j.op.DefaultOperations;
import org.alembic4j.op.DropOptions;
import org.alembic4j.op.ForeignKeyOptions;
import org.alembic4j.op.IndexOptions;
import org.alembic4j.op.MigrationOperation;
import org.alembic4j.op.OperationContext;
import org.alembic4j.op.Operations;
import org.alembic4j.op.SchemaOptions;
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
 * The {@code op} scripts get: the operations of {@code org.alembic4j.op} ({@link DefaultOperations})
 * bound to the running migration, whose context a script reaches with {@code MigrationContext.of(op)}.
 */
public final class RawSqlOperations implements Operations, MigrationContext.Provider {

    private final MigrationContext context;
    private final Operations ops;

    public RawSqlOperations(MigrationContext context) {
        this.context = context;
        this.ops = new DefaultOperations(new OperationContext() {
            @Override public Dialect dialect() { return context.dialect(); }
            @Override public boolean isOffline() { return context.isOfflineMode(); }
            @Override public void execute(String sql) { context.execute(sql); }
            @Override public Optional<Connection> connection() { return context.connection(); }
        });
    }

    @Override
    public MigrationContext migrationContext() {
        return context;
    }

    @Override
    public void execute(String sql) {
        ops.execute(sql);
    }

    @Override
    public void execute(String sql, Map<String, ?> parameters) {
        ops.execute(sql, parameters);
    }

    @Override
    public void execute(DataStatement statement) {
        ops.execute(statement);
    }

    @Override
    public void bulkInsert(Table table, List<? extends Map<String, ?>> rows) {
        ops.bulkInsert(table, rows);
    }

    @Override
    public void bulkInsert(Table table, List<? extends Map<String, ?>> rows, boolean multiinsert) {
        ops.bulkInsert(table, rows, multiinsert);
    }

    @Override
    public Table createTable(String name, TableElement... elements) {
        return ops.createTable(name, elements);
    }

    @Override
    public Table createTable(Table table) {
        return ops.createTable(table);
    }

    @Override
    public Table createTable(Table table, Consumer<CreateTableOptions> options) {
        return ops.createTable(table, options);
    }

    @Override
    public void dropTable(String name) {
        ops.dropTable(name);
    }

    @Override
    public void dropTable(String name, Consumer<DropOptions> options) {
        ops.dropTable(name, options);
    }

    @Override
    public void renameTable(String oldName, String newName) {
        ops.renameTable(oldName, newName);
    }

    @Override
    public void renameTable(String oldName, String newName, Consumer<SchemaOptions.Only> options) {
        ops.renameTable(oldName, newName, options);
    }

    @Override
    public void createTableComment(String table, String comment) {
        ops.createTableComment(table, comment);
    }

    @Override
    public void createTableComment(String table, String comment, Consumer<CommentOptions> options) {
        ops.createTableComment(table, comment, options);
    }

    @Override
    public void dropTableComment(String table) {
        ops.dropTableComment(table);
    }

    @Override
    public void dropTableComment(String table, Consumer<CommentOptions> options) {
        ops.dropTableComment(table, options);
    }

    @Override
    public void addColumn(String table, Column column) {
        ops.addColumn(table, column);
    }

    @Override
    public void addColumn(String table, Column column, Consumer<AddColumnOptions> options) {
        ops.addColumn(table, column, options);
    }

    @Override
    public void dropColumn(String table, String column) {
        ops.dropColumn(table, column);
    }

    @Override
    public void dropColumn(String table, String column, Consumer<DropOptions> options) {
        ops.dropColumn(table, column, options);
    }

    @Override
    public void alterColumn(String table, String column, Consumer<AlterColumnOptions> changes) {
        ops.alterColumn(table, column, changes);
    }

    @Override
    public void createIndex(String name, String table, List<?> columns) {
        ops.createIndex(name, table, columns);
    }

    @Override
    public void createIndex(String name, String table, List<?> columns, Consumer<IndexOptions> options) {
        ops.createIndex(name, table, columns, options);
    }

    @Override
    public void dropIndex(String name) {
        ops.dropIndex(name);
    }

    @Override
    public void dropIndex(String name, String table) {
        ops.dropIndex(name, table);
    }

    @Override
    public void dropIndex(String name, String table, Consumer<DropOptions> options) {
        ops.dropIndex(name, table, options);
    }

    @Override
    public void createUniqueConstraint(String name, String table, List<String> columns) {
        ops.createUniqueConstraint(name, table, columns);
    }

    @Override
    public void createUniqueConstraint(String name, String table, List<String> columns, Consumer<ConstraintOptions> options) {
        ops.createUniqueConstraint(name, table, columns, options);
    }

    @Override
    public void createPrimaryKey(String name, String table, List<String> columns) {
        ops.createPrimaryKey(name, table, columns);
    }

    @Override
    public void createPrimaryKey(String name, String table, List<String> columns, Consumer<ConstraintOptions> options) {
        ops.createPrimaryKey(name, table, columns, options);
    }

    @Override
    public void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns) {
        ops.createForeignKey(name, sourceTable, referentTable, localColumns, remoteColumns);
    }

    @Override
    public void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns, Consumer<ForeignKeyOptions> options) {
        ops.createForeignKey(name, sourceTable, referentTable, localColumns, remoteColumns, options);
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        ops.createCheckConstraint(name, table, condition);
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition, Consumer<ConstraintOptions> options) {
        ops.createCheckConstraint(name, table, condition, options);
    }

    @Override
    public void createCheckConstraint(String name, String table, SqlExpression condition) {
        ops.createCheckConstraint(name, table, condition);
    }

    @Override
    public void createCheckConstraint(String name, String table, SqlExpression condition, Consumer<ConstraintOptions> options) {
        ops.createCheckConstraint(name, table, condition, options);
    }

    @Override
    public void createExcludeConstraint(String name, String table, String using, ExcludeConstraint.Element... elements) {
        ops.createExcludeConstraint(name, table, using, elements);
    }

    @Override
    public void dropConstraint(String name, String table) {
        ops.dropConstraint(name, table);
    }

    @Override
    public void dropConstraint(String name, String table, ConstraintType type) {
        ops.dropConstraint(name, table, type);
    }

    @Override
    public void dropConstraint(String name, String table, ConstraintType type, Consumer<DropOptions> options) {
        ops.dropConstraint(name, table, type, options);
    }

    @Override
    public void createSequence(Sequence sequence) {
        ops.createSequence(sequence);
    }

    @Override
    public void dropSequence(Sequence sequence) {
        ops.dropSequence(sequence);
    }

    @Override
    public void createEnumType(EnumType type) {
        ops.createEnumType(type);
    }

    @Override
    public void dropEnumType(EnumType type) {
        ops.dropEnumType(type);
    }

    @Override
    public void batchAlterTable(String table, Consumer<BatchOperations> body) {
        ops.batchAlterTable(table, body);
    }

    @Override
    public void batchAlterTable(String table, Consumer<BatchOptions> options, Consumer<BatchOperations> body) {
        ops.batchAlterTable(table, options, body);
    }

    @Override
    public void invoke(MigrationOperation operation) {
        ops.invoke(operation);
    }
}
