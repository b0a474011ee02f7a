package org.alembic4j.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reflection costs the same number of catalog queries for 3 tables as for 60. */
class CatalogQueryCountTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void queryCountDoesNotGrowWithTables(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            Dialect dialect = Dialects.forName(db.dialect());
            createTables(db, 0, 3);
            Diff small = Autogenerate.compare(c, dialect, TargetSchema.of(List.of()), AutogenerateOptions.defaults());
            createTables(db, 3, 60);
            Diff large = Autogenerate.compare(c, dialect, TargetSchema.of(List.of()), AutogenerateOptions.defaults());
            assertThat(small.changes()).hasSize(3);
            assertThat(large.changes()).hasSize(60);
            assertThat(large.catalogQueries()).isEqualTo(small.catalogQueries()).isLessThanOrEqualTo(7);
        }
    }

    private static void createTables(TestDatabase db, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            db.execute("CREATE TABLE t" + i + " (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20), parent INTEGER"
                    + (i > 0 ? " REFERENCES t0 (id)" : "") + ")");
            db.execute("CREATE INDEX ix_t" + i + "_name ON t" + i + " (name)");
        }
    }
}
