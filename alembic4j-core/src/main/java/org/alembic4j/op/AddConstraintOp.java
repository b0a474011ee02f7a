package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Constraint;
import org.alembic4j.schema.ExcludeConstraint;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.UniqueConstraint;

/**
 * {@code op.create_unique_constraint}, {@code create_foreign_key}, {@code create_check_constraint},
 * {@code create_primary_key}, {@code create_exclude_constraint}: {@code ALTER TABLE t ADD ...}.
 * SQLite refuses all of them outside batch mode.
 */
public record AddConstraintOp(String schema, String table, Constraint constraint) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        Constraint named = context.naming().nameConstraint(schema, table, constraint);
        return List.of(context.dialect().ddl().addConstraint(schema, table, named));
    }

    @Override public String toJava() {
        String head = JavaSource.string(constraint.name()) + ", " + JavaSource.string(table);
        String schemaOpt = schema == null ? "" : ".schema(" + JavaSource.string(schema) + ")";
        if (constraint instanceof UniqueConstraint u) {
            String opts = schemaOpt + (u.deferrable() == null ? "" : ".deferrable(" + u.deferrable() + ")")
                    + (u.initially() == null ? "" : ".initially(" + JavaSource.string(u.initially()) + ")");
            return "op.createUniqueConstraint(" + head + ", " + JavaSource.stringList(u.columns()) + lambda(opts) + ")";
        }
        if (constraint instanceof PrimaryKeyConstraint pk) {
            return "op.createPrimaryKey(" + head + ", " + JavaSource.stringList(pk.columns()) + lambda(schemaOpt) + ")";
        }
        if (constraint instanceof CheckConstraint ck) {
            String cond = ck.condition() instanceof TextClause t ? JavaSource.string(t.sql()) : ck.condition().toJava();
            return "op.createCheckConstraint(" + head + ", " + cond + lambda(schemaOpt) + ")";
        }
        if (constraint instanceof ForeignKeyConstraint fk) {
            StringBuilder opts = new StringBuilder();
            if (schema != null) opts.append(".sourceSchema(").append(JavaSource.string(schema)).append(")");
            if (fk.referredSchema() != null) opts.append(".referentSchema(").append(JavaSource.string(fk.referredSchema())).append(")");
            if (fk.onDelete() != null) opts.append(".onDelete(").append(JavaSource.string(fk.onDelete())).append(")");
            if (fk.onUpdate() != null) opts.append(".onUpdate(").append(JavaSource.string(fk.onUpdate())).append(")");
            if (fk.match() != null) opts.append(".match(").append(JavaSource.string(fk.match())).append(")");
            if (fk.deferrable() != null) opts.append(".deferrable(").append(fk.deferrable()).append(")");
            if (fk.initially() != null) opts.append(".initially(").append(JavaSource.string(fk.initially())).append(")");
            return "op.createForeignKey(" + head + ", " + JavaSource.string(fk.referredTable()) + ", "
                    + JavaSource.stringList(fk.columns()) + ", " + JavaSource.stringList(fk.referredColumns()) + lambda(opts.toString()) + ")";
        }
        ExcludeConstraint ex = (ExcludeConstraint) constraint;
        return "op.createExcludeConstraint(" + head + ", " + JavaSource.string(ex.using())
                + ex.elements().stream().map(e -> ", excludeElement(" + JavaSource.string(e.expression()) + ", "
                + JavaSource.string(e.operator()) + ")").collect(Collectors.joining()) + ")";
    }

    private static String lambda(String opts) {
        return opts.isEmpty() ? "" : ", o -> o" + opts;
    }

    @Override public Optional<MigrationOperation> reverse() {
        if (constraint.name() == null) {
            return Optional.empty();
        }
        return Optional.of(new DropConstraintOp(schema, table, constraint.name(), constraint.type(), false, constraint));
    }
}
