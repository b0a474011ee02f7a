package org.alembic4j.runtime.scripts;

import org.alembic4j.op.Operations;
import org.alembic4j.runtime.MigrationContext;
import org.alembic4j.runtime.RevisionScript;
import org.alembic4j.runtime.sql.SqlStatementSplitter;
import org.alembic4j.runtime.sql.SqlSyntax;

/**
 * A plain-SQL revision: its upgrade or downgrade body split into statements by the dialect's
 * lexical rules, each run through {@code op.execute} exactly as written (offline: passed
 * through untouched, then {@code ;} and a blank line).
 */
public final class SqlRevisionScript implements RevisionScript {

    private final SqlSections sections;

    public SqlRevisionScript(SqlSections sections) {
        this.sections = sections;
    }

    @Override
    public void run(MigrationContext context, Operations op, boolean upgrade) {
        SqlStatementSplitter splitter = new SqlStatementSplitter(SqlSyntax.forDialect(context.dialect().name()));
        for (String statement : splitter.split(upgrade ? sections.upgrade() : sections.downgrade())) {
            op.execute(statement);
        }
    }
}
