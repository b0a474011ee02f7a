package org.alembic4j.dialect.h2;

import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.schema.FunctionCall;

/** H2 literals: TRUE/FALSE; {@code now()} is written CURRENT_TIMESTAMP. */
final class H2SqlCompiler extends SqlCompiler {

    H2SqlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override protected String booleanLiteral(boolean value) { return value ? "TRUE" : "FALSE"; }

    @Override protected String function(FunctionCall f) {
        if (f.name().equalsIgnoreCase("now") && f.arguments().isEmpty()) {
            return "CURRENT_TIMESTAMP";
        }
        return super.function(f);
    }
}
