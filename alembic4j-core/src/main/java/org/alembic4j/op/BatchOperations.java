package org.alembic4j.op;

import java.util.List;
import java.util.function.Consumer;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.SqlExpression;

/** Alembic's {@code batch_op}: the table operations, without the table name, collected for one batch. */
public interface BatchOperations {

    void addColumn(Column column);

    /** Adds a column placed before or after another one (needs a table re-create). */
    void addColumn(Column column, Consumer<Placement> placement);

    void dropColumn(String column);

    void alterColumn(String column, Consumer<AlterColumnOptions> changes);

    void createIndex(String name, List<?> columns);

    void createIndex(String name, List<?> columns, Consumer<IndexOptions> options);

    void dropIndex(String name);

    void createUniqueConstraint(String name, List<String> columns);

    void createForeignKey(String name, String referentTable, List<String> localColumns, List<String> remoteColumns);

    void createForeignKey(String name, String referentTable, List<String> localColumns, List<String> remoteColumns,
            Consumer<ForeignKeyOptions> options);

    void createCheckConstraint(String name, String condition);

    void createCheckConstraint(String name, SqlExpression condition);

    void createPrimaryKey(String name, List<String> columns);

    void dropConstraint(String name, ConstraintType type);

    void createTableComment(String comment);

    void dropTableComment();

    /** Where a new column goes in a re-created table. */
    final class Placement {
        String before;
        String after;

        public Placement insertBefore(String column) { before = column; return this; }
        public Placement insertAfter(String column) { after = column; return this; }
    }
}
