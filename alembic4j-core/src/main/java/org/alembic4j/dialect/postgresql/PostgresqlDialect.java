package org.alembic4j.dialect.postgresql;

import org.alembic4j.dialect.BaseDialect;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.DialectCapabilities;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.dialect.IdentifierQuoter;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.dialect.TypeCompiler;

/** PostgreSQL: transactional DDL, named enum types, SERIAL, COMMENT ON statements. */
public final class PostgresqlDialect extends BaseDialect {

    private static final java.util.Set<String> RESERVED = IdentifierQuoter.words(PostgresqlReservedWords.WORDS);

    public PostgresqlDialect() {
        super("postgresql",
                new DialectCapabilities(true, true, true, true, CommentStyle.STATEMENTS, true, true, true, true, false, true),
                new IdentifierQuoter(RESERVED, '"'));
    }

    @Override protected TypeCompiler createTypes() { return new PostgresqlTypeCompiler(this); }
    @Override protected SqlCompiler createSql() { return new PostgresqlSqlCompiler(this); }
    @Override protected DdlCompiler createDdl() { return new PostgresqlDdlCompiler(this); }
}
