package org.alembic4j.dialect.postgresql;

import java.util.HexFormat;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.SqlCompiler;

/** PostgreSQL literals: bytea in hex escape form ({@code '\x0001'}, standard_conforming_strings on). */
final class PostgresqlSqlCompiler extends SqlCompiler {

    PostgresqlSqlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override protected String binaryLiteral(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'";
    }
}
