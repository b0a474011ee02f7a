package org.alembic4j.op;

import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.NamingConvention;

/** What rendering an operation to SQL depends on: the dialect and the naming convention. */
public record RenderContext(Dialect dialect, NamingConvention naming) {

    public static RenderContext of(Dialect dialect) {
        return new RenderContext(dialect, NamingConvention.DEFAULT);
    }

    public static RenderContext of(OperationContext ctx) {
        return new RenderContext(ctx.dialect(), ctx.namingConvention());
    }
}
