package org.alembic4j.dialect.sqlite;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.schema.FunctionCall;

/** SQLite literals: booleans are 1/0, times always carry microseconds; now() is CURRENT_TIMESTAMP. */
final class SqliteSqlCompiler extends SqlCompiler {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    SqliteSqlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override protected String booleanLiteral(boolean value) { return value ? "1" : "0"; }
    @Override protected String time(LocalTime t) { return t.format(MICROS); }

    @Override protected String function(FunctionCall f) {
        if (f.name().equalsIgnoreCase("now") && f.arguments().isEmpty()) {
            return "CURRENT_TIMESTAMP";
        }
        return super.function(f);
    }
}
