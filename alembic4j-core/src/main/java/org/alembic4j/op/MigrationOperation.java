package org.alembic4j.op;

import java.util.List;
import java.util.Optional;

/**
 * One operation of a migration as a value (Alembic's {@code MigrateOperation}): it renders to SQL
 * for a dialect, to Java source for a revision script, and knows its reverse where that is well
 * defined.
 */
public sealed interface MigrationOperation permits CreateTableOp, DropTableOp, RenameTableOp, AddColumnOp,
        DropColumnOp, AlterColumnOp, CreateIndexOp, DropIndexOp, AddConstraintOp, DropConstraintOp,
        CreateTableCommentOp, DropTableCommentOp, ExecuteSqlOp, ExecuteStatementOp, BulkInsertOp, CreateSequenceOp,
        DropSequenceOp, CreateEnumTypeOp, DropEnumTypeOp, BatchAlterTableOp {

    /**
     * The statements this operation emits, all rendered before any runs: an operation the dialect
     * cannot do fails here with an {@link org.alembic4j.AlembicException}.
     */
    List<String> statements(RenderContext context);

    /** Renders, then executes or writes each statement. */
    default void invoke(OperationContext context) {
        for (String sql : statements(RenderContext.of(context))) {
            context.execute(sql);
        }
    }

    /** The call that builds this operation in a revision script, e.g. {@code op.dropColumn("account", "email")}. */
    String toJava();

    /** The operation that undoes this one, when it is known (a drop needs the dropped definition). */
    Optional<MigrationOperation> reverse();
}
