package org.alembic4j.op;

import static org.alembic4j.op.OperationFactory.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.TextClause;

/** Collects the operations of one {@code batchAlterTable} body. */
final class BatchCollector implements BatchOperations {

    private final String schema;
    private final String table;
    final List<MigrationOperation> operations = new ArrayList<>();
    final Map<String, BatchAlterTableOp.Placement> placements = new LinkedHashMap<>();

    BatchCollector(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    private ConstraintOptions constraintOptions() {
        return new ConstraintOptions().schema(schema);
    }

    @Override public void addColumn(Column column) {
        operations.add(new AddColumnOp(schema, table, column, false, false, false));
    }

    @Override public void addColumn(Column column, Consumer<Placement> placement) {
        Placement p = options(Placement::new, placement);
        addColumn(column);
        placements.put(column.name(), new BatchAlterTableOp.Placement(p.before, p.after));
    }

    @Override public void dropColumn(String column) {
        operations.add(new DropColumnOp(schema, table, column, false, null));
    }

    @Override public void alterColumn(String column, Consumer<AlterColumnOptions> changes) {
        AlterColumnOptions o = options(AlterColumnOptions::new, changes).schema(schema);
        operations.add(new AlterColumnOp(o.build(table, column)));
    }

    @Override public void createIndex(String name, List<?> columns) {
        createIndex(name, columns, null);
    }

    @Override public void createIndex(String name, List<?> columns, Consumer<IndexOptions> options) {
        IndexOptions o = options(IndexOptions::new, options).schema(schema);
        operations.add(OperationFactory.createIndex(name, table, columns, o));
    }

    @Override public void dropIndex(String name) {
        operations.add(OperationFactory.dropIndex(name, table, new DropOptions().schema(schema)));
    }

    @Override public void createUniqueConstraint(String name, List<String> columns) {
        operations.add(OperationFactory.unique(name, table, columns, constraintOptions()));
    }

    @Override public void createForeignKey(String name, String referentTable, List<String> localColumns, List<String> remoteColumns) {
        createForeignKey(name, referentTable, localColumns, remoteColumns, null);
    }

    @Override public void createForeignKey(String name, String referentTable, List<String> localColumns,
            List<String> remoteColumns, Consumer<ForeignKeyOptions> options) {
        ForeignKeyOptions o = options(ForeignKeyOptions::new, options).sourceSchema(schema);
        operations.add(OperationFactory.foreignKey(name, table, referentTable, localColumns, remoteColumns, o));
    }

    @Override public void createCheckConstraint(String name, String condition) {
        createCheckConstraint(name, new TextClause(condition));
    }

    @Override public void createCheckConstraint(String name, SqlExpression condition) {
        operations.add(OperationFactory.check(name, table, condition, constraintOptions()));
    }

    @Override public void createPrimaryKey(String name, List<String> columns) {
        operations.add(OperationFactory.primaryKey(name, table, columns, constraintOptions()));
    }

    @Override public void dropConstraint(String name, ConstraintType type) {
        operations.add(new DropConstraintOp(schema, table, name, type, false, null));
    }

    @Override public void createTableComment(String comment) {
        operations.add(new CreateTableCommentOp(schema, table, comment, null));
    }

    @Override public void dropTableComment() {
        operations.add(new DropTableCommentOp(schema, table, null));
    }
}
