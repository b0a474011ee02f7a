package org.alembic4j.dialect.h2;

import org.alembic4j.dialect.BaseDialect;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.DialectCapabilities;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.dialect.IdentifierQuoter;
import org.alembic4j.dialect.SqlCompiler;
import org.alembic4j.dialect.TypeCompiler;

/**
 * H2 (2.x, regular mode). Alembic has no H2 dialect, so its SQL follows PostgreSQL's layout with
 * H2's own forms: identity columns, {@code ALTER COLUMN ... SET DATA TYPE}, {@code ALTER COLUMN
 * ... RENAME TO}, {@code COMMENT ON} statements, inline ENUM. Unquoted names fold to upper case in
 * H2; names are still quoted only when needed, so a table created as {@code account} is
 * {@code ACCOUNT} in H2's catalog.
 *
 * <p>H2 commits the open transaction on most DDL, so DDL is not transactional here, and
 * {@code --sql} output is not wrapped in BEGIN/COMMIT (as for every dialect but PostgreSQL).
 */
public final class H2Dialect extends BaseDialect {

    private static final java.util.Set<String> RESERVED = IdentifierQuoter.words(H2ReservedWords.WORDS);

    public H2Dialect() {
        super("h2",
                new DialectCapabilities(false, false, true, true, CommentStyle.STATEMENTS, true, true, true, false, false, false),
                new IdentifierQuoter(RESERVED, '"'));
    }

    @Override protected TypeCompiler createTypes() { return new H2TypeCompiler(this); }
    @Override protected SqlCompiler createSql() { return new H2SqlCompiler(this); }
    @Override protected DdlCompiler createDdl() { return new H2DdlCompiler(this); }
}
