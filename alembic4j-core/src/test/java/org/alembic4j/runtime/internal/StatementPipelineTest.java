package org.alembic4j.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.api.Test;

class StatementPipelineTest {

    @Test
    void onlyStatementsThatCannotReturnRowsAreHeld() {
        assertThat(StatementPipeline.canHold("CREATE TABLE t (id INTEGER)")).isTrue();
        assertThat(StatementPipeline.canHold("  alter table t add column c int;")).isTrue();
        assertThat(StatementPipeline.canHold("DROP INDEX ix")).isTrue();
        assertThat(StatementPipeline.canHold("COMMENT ON TABLE t IS 'x'")).isTrue();
        assertThat(StatementPipeline.canHold("INSERT INTO t VALUES (1) RETURNING id")).isFalse();
        assertThat(StatementPipeline.canHold("SELECT 1")).isFalse();
        assertThat(StatementPipeline.canHold("UPDATE t SET c = 1")).isFalse();
        assertThat(StatementPipeline.canHold("CREATE TABLE a (id INT); SELECT 1")).as("a second statement").isFalse();
        assertThat(StatementPipeline.canHold("DO $$ BEGIN NULL; END $$")).isFalse();
        assertThat(StatementPipeline.canHold("-- comment\nCREATE TABLE t (id INT)")).as("conservative").isFalse();
    }

    @Test
    void aFullBatchIsSentAndAFailedOneIsReportedForItsOwnStatementAndStep() throws Exception {
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL); Connection c = db.connect()) {
            c.setAutoCommit(false);
            StatementPipeline pipeline = new StatementPipeline(c);
            for (int i = 0; i < StatementPipeline.MAX_HELD; i++) {
                pipeline.hold("CREATE TABLE t_" + i + " (id INTEGER)", i / 10);
            }
            // the batch went out when it was full: visible in this transaction already
            assertThat(count(c, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 't\\_%'"))
                    .isEqualTo(StatementPipeline.MAX_HELD);

            pipeline.hold("CREATE TABLE ok_1 (id INTEGER)", 7);
            pipeline.hold("ALTER TABLE nowhere ADD COLUMN c INTEGER", 8);
            pipeline.hold("CREATE TABLE ok_2 (id INTEGER)", 9);
            assertThatThrownBy(pipeline::flush)
                    .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                        assertThat(e.sql()).isEqualTo("ALTER TABLE nowhere ADD COLUMN c INTEGER");
                        assertThat(e.step()).isEqualTo(8);
                        assertThat(e.getMessage()).startsWith("ERROR: relation \"nowhere\" does not exist");
                    });
            c.rollback();
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
