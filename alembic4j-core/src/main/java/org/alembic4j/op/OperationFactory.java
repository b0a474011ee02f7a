package org.alembic4j.op;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.alembic4j.AlembicException;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.UniqueConstraint;

/** Builds operation values from call arguments; shared by {@link DefaultOperations} and batch mode. */
final class OperationFactory {
    private OperationFactory() {
    }

    static <T> T options(Supplier<T> create, Consumer<? super T> configure) {
        T options = create.get();
        if (configure != null) {
            configure.accept(options);
        }
        return options;
    }

    static SqlExpression indexElement(Object element) {
        if (element instanceof String s) {
            return new ColumnRef(null, null, s);
        }
        if (element instanceof SqlExpression e) {
            return e;
        }
        throw new AlembicException("An index element must be a column name or an SQL expression, got: " + element);
    }

    static CreateIndexOp createIndex(String name, String table, List<?> columns, IndexOptions o) {
        Index index = new Index(name, columns.stream().map(OperationFactory::indexElement).toList(), o.unique, o.dialectOptions);
        return new CreateIndexOp(o.schema, table, index, o.ifNotExists);
    }

    static AddConstraintOp unique(String name, String table, List<String> columns, ConstraintOptions o) {
        return new AddConstraintOp(o.schema, table, new UniqueConstraint(name, columns, o.deferrable, o.initially));
    }

    static AddConstraintOp primaryKey(String name, String table, List<String> columns, ConstraintOptions o) {
        return new AddConstraintOp(o.schema, table, new PrimaryKeyConstraint(name, columns));
    }

    static AddConstraintOp check(String name, String table, SqlExpression condition, ConstraintOptions o) {
        return new AddConstraintOp(o.schema, table, new CheckConstraint(name, condition));
    }

    static AddConstraintOp foreignKey(String name, String source, String referent, List<String> local, List<String> remote,
            ForeignKeyOptions o) {
        return new AddConstraintOp(o.sourceSchema, source, new ForeignKeyConstraint(name, local, o.referentSchema, referent,
                remote, o.onDelete, o.onUpdate, o.match, o.deferrable, o.initially));
    }

    static DropIndexOp dropIndex(String name, String table, DropOptions o) {
        return new DropIndexOp(o.schema, table, name, o.ifExists, Map.copyOf(o.dialectOptions), null);
    }
}
