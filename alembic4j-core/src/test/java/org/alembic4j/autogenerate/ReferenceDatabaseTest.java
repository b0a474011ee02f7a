package org.alembic4j.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.api.Test;

/** Liquibase-style diff: another database is the target. */
class ReferenceDatabaseTest {

    @Test
    void anotherDatabaseIsTheTarget() throws Exception {
        try (TestDatabase reference = TestDatabase.create(Kind.SQLITE); TestDatabase live = TestDatabase.create(Kind.SQLITE);
                Connection c = live.connect()) {
            reference.execute("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(80) NOT NULL, "
                    + "email VARCHAR(120))");
            reference.execute("CREATE UNIQUE INDEX ix_account_email ON account (email)");
            live.execute("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL)");
            Dialect dialect = Dialects.forName("sqlite");
            TargetSchema target = TargetSchema.database(reference.jdbcUrl());

            Diff diff = Autogenerate.compare(c, dialect, target, AutogenerateOptions.defaults());

            assertThat(diff.describe()).containsExactly(
                    "add_column: added column 'account.email'",
                    "add_index: added unique index 'ix_account_email' on 'account(email)'",
                    "modify_type: type change from VARCHAR(50) to VARCHAR(80) on 'account.name'");
            new DirectContext(c, dialect).run(diff.upgradeOperations());
            assertThat(Autogenerate.compare(c, dialect, target, AutogenerateOptions.defaults()).isEmpty()).isTrue();
        }
    }
}
