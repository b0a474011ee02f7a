package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.Change;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.Literal;
import org.alembic4j.schema.SqlExpression;

/** {@code op.alter_column}: each dialect renders its own form (one ALTER per change, or MySQL's MODIFY/CHANGE). */
public record AlterColumnOp(ColumnAlteration alteration) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return context.dialect().ddl().alterColumn(alteration);
    }

    @Override public String toJava() {
        ColumnAlteration a = alteration;
        StringBuilder sb = new StringBuilder();
        if (a.schema() != null) sb.append(".schema(").append(JavaSource.string(a.schema())).append(")");
        if (a.type() != null) sb.append(".type(").append(a.type().toJava()).append(")");
        if (a.nullable() != null) sb.append(".nullable(").append(a.nullable()).append(")");
        if (a.serverDefault().changed()) {
            sb.append(a.serverDefault().value() == null ? ".dropServerDefault()" : ".serverDefault(" + defaultJava(a.serverDefault().value()) + ")");
        }
        if (a.comment().changed()) {
            sb.append(a.comment().value() == null ? ".dropComment()" : ".comment(" + JavaSource.string(a.comment().value()) + ")");
        }
        if (a.newName() != null) sb.append(".newName(").append(JavaSource.string(a.newName())).append(")");
        if (a.autoincrement() != null) sb.append(".autoincrement(").append(a.autoincrement()).append(")");
        if (a.existingType() != null) sb.append(".existingType(").append(a.existingType().toJava()).append(")");
        if (a.existingNullable() != null) sb.append(".existingNullable(").append(a.existingNullable()).append(")");
        if (a.existingServerDefault() != null) sb.append(".existingServerDefault(").append(defaultJava(a.existingServerDefault())).append(")");
        if (a.existingComment() != null) sb.append(".existingComment(").append(JavaSource.string(a.existingComment())).append(")");
        if (a.existingAutoincrement() != null) sb.append(".existingAutoincrement(").append(a.existingAutoincrement()).append(")");
        if (a.postgresqlUsing() != null) sb.append(".postgresqlUsing(").append(JavaSource.string(a.postgresqlUsing())).append(")");
        return "op.alterColumn(" + JavaSource.string(a.table()) + ", " + JavaSource.string(a.column()) + ", a -> a" + sb + ")";
    }

    static String defaultJava(SqlExpression e) {
        return e instanceof Literal l && l.value() instanceof String s && l.type() == null ? JavaSource.string(s) : e.toJava();
    }

    /** The reverse change, when every changed aspect's previous value was given as {@code existing*}. */
    @Override public Optional<MigrationOperation> reverse() {
        ColumnAlteration a = alteration;
        if ((a.type() != null && a.existingType() == null) || (a.nullable() != null && a.existingNullable() == null)
                || (a.autoincrement() != null && a.existingAutoincrement() == null)) {
            return Optional.empty();
        }
        String name = a.newName() != null ? a.newName() : a.column();
        return Optional.of(new AlterColumnOp(new ColumnAlteration(a.schema(), a.table(), name,
                a.newName() != null ? a.column() : null,
                a.type() != null ? a.existingType() : null,
                a.nullable() != null ? a.existingNullable() : null,
                a.serverDefault().changed() ? Change.to(a.existingServerDefault()) : Change.keep(),
                a.comment().changed() ? Change.to(a.existingComment()) : Change.keep(),
                a.autoincrement() != null ? a.existingAutoincrement() : null,
                a.effectiveType(), a.nullable() != null ? a.nullable() : a.existingNullable(),
                a.serverDefault().orElse(a.existingServerDefault()), a.comment().orElse(a.existingComment()),
                a.autoincrement() != null ? a.autoincrement() : a.existingAutoincrement(), null)));
    }
}
