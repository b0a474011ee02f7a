package org.alembic4j.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementSplitterTest {

    private static List<String> split(String dialect, String sql) {
        return new SqlStatementSplitter(SqlSyntax.forDialect(dialect)).split(sql);
    }

    @Test
    void splitsAtSemicolonsAndDropsEmptyAndCommentOnlyPieces() {
        assertThat(split("postgresql", "CREATE TABLE a (x int);\n\n  INSERT INTO a VALUES (1) ;;\n-- trailing comment\n"))
                .containsExactly("CREATE TABLE a (x int)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(split("sqlite", "SELECT 1;\nSELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void semicolonsInsideQuotesAndCommentsDoNotSplit() {
        String sql = "INSERT INTO t VALUES ('a;b', 'it''s;'); -- no; split\n"
                + "INSERT INTO \"we;ird\" VALUES (1) /* a; b */;\n"
                + "SELECT 3";
        assertThat(split("postgresql", sql)).containsExactly(
                "INSERT INTO t VALUES ('a;b', 'it''s;')",
                "-- no; split\nINSERT INTO \"we;ird\" VALUES (1) /* a; b */",
                "SELECT 3");
    }

    @Test
    void postgresDollarQuotesKeepFunctionBodiesWhole() {
        String body = "CREATE FUNCTION f() RETURNS trigger AS $fn$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$fn$ LANGUAGE plpgsql";
        assertThat(split("postgresql", body + ";\nSELECT $$a;b$$;\nSELECT $1")).containsExactly(
                body, "SELECT $$a;b$$", "SELECT $1");
    }

    @Test
    void postgresNestedBlockCommentsAndEscapeStrings() {
        assertThat(split("postgresql", "/* outer /* inner; */ still; */ SELECT E'a\\';b';SELECT 2"))
                .containsExactly("/* outer /* inner; */ still; */ SELECT E'a\\';b'", "SELECT 2");
    }

    @Test
    void mysqlBackslashEscapesBackticksAndHashComments() {
        assertThat(split("mariadb", "INSERT INTO `a;b` VALUES ('x\\';y'); # c; d\nSELECT 2"))
                .containsExactly("INSERT INTO `a;b` VALUES ('x\\';y')", "# c; d\nSELECT 2");
        // outside MySQL a backslash is an ordinary character in a string
        assertThat(split("postgresql", "SELECT 'a\\';SELECT 2")).containsExactly("SELECT 'a\\'", "SELECT 2");
    }

    @Test
    void triggerBodiesWithBeginEndStayWhole() {
        String trigger = "CREATE TRIGGER tr AFTER INSERT ON a\nBEGIN\n  UPDATE b SET n = n + 1;\n"
                + "  UPDATE c SET m = CASE WHEN m > 0 THEN 1 ELSE 0 END;\nEND";
        assertThat(split("sqlite", trigger + ";\nINSERT INTO a VALUES (1);"))
                .containsExactly(trigger, "INSERT INTO a VALUES (1)");
        String proc = "CREATE PROCEDURE p()\nBEGIN\n  IF 1 = 1 THEN\n    SELECT 1;\n  END IF;\n  SELECT 2;\nEND";
        assertThat(split("mariadb", proc + ";\nCALL p()")).containsExactly(proc, "CALL p()");
    }

    @Test
    void transactionBeginIsAnOrdinaryStatement() {
        assertThat(split("sqlite", "BEGIN;\nCREATE TABLE x (a int);\nEND;"))
                .containsExactly("BEGIN", "CREATE TABLE x (a int)", "END");
    }
}
