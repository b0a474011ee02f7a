package org.alembic4j.op;

import static org.alembic4j.op.OperationFactory.options;

import java.util.Arrays;
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
import org.alembic4j.schema.TextClause;

/** The {@link Operations} the runtime binds to {@code op}: builds operation values and invokes them on the context. */
public final class DefaultOperations implements Operations {

    private final OperationContext context;
    private final java.util.function.Consumer<MigrationOperation> listener;

    public DefaultOperations(OperationContext context) {
        this.context = context;
        this.listener = null;   // rather than a no-op lambda: this runs on every command's start-up path
    }

    /** Also tells {@code listener} about each operation before it runs (to log or record them, e.g. for reversing). */
    public DefaultOperations(OperationContext context, java.util.function.Consumer<MigrationOperation> listener) {
        this.context = context;
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    @Override public OperationContext context() {
        return context;
    }

    @Override public void invoke(MigrationOperation operation) {
        if (listener != null) {
            listener.accept(operation);
        }
        operation.invoke(context);
    }

    @Override public void execute(String sql) {
        invoke(new ExecuteSqlOp(sql, Map.of()));
    }

    @Override public void execute(String sql, Map<String, ?> parameters) {
        invoke(new ExecuteSqlOp(sql, Map.copyOf(parameters)));
    }

    @Override public void execute(DataStatement statement) {
        invoke(new ExecuteStatementOp(statement));
    }

    @Override public void bulkInsert(Table table, List<? extends Map<String, ?>> rows) {
        bulkInsert(table, rows, true);
    }

    @SuppressWarnings("unchecked")
    @Override public void bulkInsert(Table table, List<? extends Map<String, ?>> rows, boolean multiinsert) {
        invoke(new BulkInsertOp(table, (List<Map<String, Object>>) (List<?>) rows, multiinsert));
    }

    @Override public Table createTable(String name, TableElement... elements) {
        return createTable(new Table(null, name, Arrays.asList(elements), null, Map.of()));
    }

    @Override public Table createTable(Table table) {
        return createTable(table, null);
    }

    @Override public Table createTable(Table table, Consumer<CreateTableOptions> options) {
        invoke(new CreateTableOp(table, options(CreateTableOptions::new, options).ifNotExists));
        return table;
    }

    @Override public void dropTable(String name) {
        dropTable(name, null);
    }

    @Override public void dropTable(String name, Consumer<DropOptions> options) {
        DropOptions o = options(DropOptions::new, options);
        invoke(new DropTableOp(o.schema, name, o.ifExists, null));
    }

    @Override public void renameTable(String oldName, String newName) {
        renameTable(oldName, newName, null);
    }

    @Override public void renameTable(String oldName, String newName, Consumer<SchemaOptions.Only> options) {
        invoke(new RenameTableOp(options(SchemaOptions.Only::new, options).schema, oldName, newName));
    }

    @Override public void createTableComment(String table, String comment) {
        createTableComment(table, comment, null);
    }

    @Override public void createTableComment(String table, String comment, Consumer<CommentOptions> options) {
        CommentOptions o = options(CommentOptions::new, options);
        invoke(new CreateTableCommentOp(o.schema, table, comment, o.existingComment));
    }

    @Override public void dropTableComment(String table) {
        dropTableComment(table, null);
    }

    @Override public void dropTableComment(String table, Consumer<CommentOptions> options) {
        CommentOptions o = options(CommentOptions::new, options);
        invoke(new DropTableCommentOp(o.schema, table, o.existingComment));
    }

    @Override public void addColumn(String table, Column column) {
        addColumn(table, column, null);
    }

    @Override public void addColumn(String table, Column column, Consumer<AddColumnOptions> options) {
        AddColumnOptions o = options(AddColumnOptions::new, options);
        invoke(new AddColumnOp(o.schema, table, column, o.ifNotExists, o.inlineReferences, o.inlinePrimaryKey));
    }

    @Override public void dropColumn(String table, String column) {
        dropColumn(table, column, null);
    }

    @Override public void dropColumn(String table, String column, Consumer<DropOptions> options) {
        DropOptions o = options(DropOptions::new, options);
        invoke(new DropColumnOp(o.schema, table, column, o.ifExists, null));
    }

    @Override public void alterColumn(String table, String column, Consumer<AlterColumnOptions> changes) {
        invoke(new AlterColumnOp(options(AlterColumnOptions::new, changes).build(table, column)));
    }

    @Override public void createIndex(String name, String table, List<?> columns) {
        createIndex(name, table, columns, null);
    }

    @Override public void createIndex(String name, String table, List<?> columns, Consumer<IndexOptions> options) {
        invoke(OperationFactory.createIndex(name, table, columns, options(IndexOptions::new, options)));
    }

    @Override public void dropIndex(String name) {
        dropIndex(name, null, null);
    }

    @Override public void dropIndex(String name, String table) {
        dropIndex(name, table, null);
    }

    @Override public void dropIndex(String name, String table, Consumer<DropOptions> options) {
        invoke(OperationFactory.dropIndex(name, table, options(DropOptions::new, options)));
    }

    @Override public void createUniqueConstraint(String name, String table, List<String> columns) {
        createUniqueConstraint(name, table, columns, null);
    }

    @Override public void createUniqueConstraint(String name, String table, List<String> columns,
            Consumer<ConstraintOptions> options) {
        invoke(OperationFactory.unique(name, table, columns, options(ConstraintOptions::new, options)));
    }

    @Override public void createPrimaryKey(String name, String table, List<String> columns) {
        createPrimaryKey(name, table, columns, null);
    }

    @Override public void createPrimaryKey(String name, String table, List<String> columns, Consumer<ConstraintOptions> options) {
        invoke(OperationFactory.primaryKey(name, table, columns, options(ConstraintOptions::new, options)));
    }

    @Override public void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns) {
        createForeignKey(name, sourceTable, referentTable, localColumns, remoteColumns, null);
    }

    @Override public void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns, Consumer<ForeignKeyOptions> options) {
        invoke(OperationFactory.foreignKey(name, sourceTable, referentTable, localColumns, remoteColumns,
                options(ForeignKeyOptions::new, options)));
    }

    @Override public void createCheckConstraint(String name, String table, String condition) {
        createCheckConstraint(name, table, new TextClause(condition), null);
    }

    @Override public void createCheckConstraint(String name, String table, String condition, Consumer<ConstraintOptions> options) {
        createCheckConstraint(name, table, new TextClause(condition), options);
    }

    @Override public void createCheckConstraint(String name, String table, SqlExpression condition) {
        createCheckConstraint(name, table, condition, null);
    }

    @Override public void createCheckConstraint(String name, String table, SqlExpression condition,
            Consumer<ConstraintOptions> options) {
        invoke(OperationFactory.check(name, table, condition, options(ConstraintOptions::new, options)));
    }

    @Override public void createExcludeConstraint(String name, String table, String using, ExcludeConstraint.Element... elements) {
        invoke(new AddConstraintOp(null, table, new ExcludeConstraint(name, using, List.of(elements), null)));
    }

    @Override public void dropConstraint(String name, String table) {
        dropConstraint(name, table, null, null);
    }

    @Override public void dropConstraint(String name, String table, ConstraintType type) {
        dropConstraint(name, table, type, null);
    }

    @Override public void dropConstraint(String name, String table, ConstraintType type, Consumer<DropOptions> options) {
        DropOptions o = options(DropOptions::new, options);
        invoke(new DropConstraintOp(o.schema, table, name, type, o.ifExists, null));
    }

    @Override public void createSequence(Sequence sequence) {
        invoke(new CreateSequenceOp(sequence));
    }

    @Override public void dropSequence(Sequence sequence) {
        invoke(new DropSequenceOp(sequence));
    }

    @Override public void createEnumType(EnumType type) {
        invoke(new CreateEnumTypeOp(type));
    }

    @Override public void dropEnumType(EnumType type) {
        invoke(new DropEnumTypeOp(type));
    }

    @Override public void batchAlterTable(String table, Consumer<BatchOperations> body) {
        batchAlterTable(table, null, body);
    }

    @Override public void batchAlterTable(String table, Consumer<BatchOptions> options, Consumer<BatchOperations> body) {
        BatchOptions o = options(BatchOptions::new, options);
        BatchCollector collector = new BatchCollector(o.schema, table);
        body.accept(collector);
        invoke(new BatchAlterTableOp(o.schema, table, o.recreate, o.copyFrom, o.partialReordering, collector.operations,
                collector.placements));
    }
}
