package org.alembic4j.dialect.sqlite;

import org.alembic4j.dialect.BaseDialect;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.DialectCapabilities;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.dialect.IdentifierQuoter;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.dialect.TableReflector;
import org.alembic4j.dialect.TypeCompiler;

/**
 * SQLite: no ALTER COLUMN and no constraint ALTERs (batch mode re-creates the table instead), no
 * comments, no sequences, booleans as 0/1.
 */
public final class SqliteDialect extends BaseDialect {

    private static final java.util.Set<String> RESERVED = IdentifierQuoter.words(SqliteReservedWords.WORDS);

    public SqliteDialect() {
        super("sqlite",
                new DialectCapabilities(true, false, false, false, CommentStyle.NONE, false, false, false, false, true, false),
                new IdentifierQuoter(RESERVED, '"'));
    }

    @Override protected TypeCompiler createTypes() { return new SqliteTypeCompiler(this); }
    @Override protected SqlCompiler createSql() { return new SqliteSqlCompiler(this); }
    @Override protected DdlCompiler createDdl() { return new SqliteDdlCompiler(this); }
    @Override protected TableReflector createReflector() { return new SqliteTableReflector(this); }
}
