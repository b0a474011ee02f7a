package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRevisionFormatTest {

    @TempDir
    Path dir;

    private SqlRevisionScript read(String text) throws Exception {
        Path file = dir.resolve("r.sql");
        Files.writeString(file, text);
        return SqlRevisionScript.read(file, StandardCharsets.UTF_8);
    }

    @Test
    void handWrittenFileWithCrlfCommentsAndLists() throws Exception {
        SqlRevisionScript s = read("\r\n-- add index\r\n--\r\n-- more\r\n\r\n-- a note\r\n"
                + "--revision:r2\r\n-- DOWN_REVISION : a , b\r\n-- depends_on: x\r\n\r\n-- upgrade\r\n"
                + "CREATE INDEX i ON t (c);\r\n-- a comment\r\n\r\n  -- Downgrade  \r\nDROP INDEX i;\r\n");
        assertThat(s.header()).isEqualTo(new RevisionHeader("r2", List.of("a", "b"), List.of(), List.of("x"),
                "add index\n\nmore"));
        assertThat(s.upgradeSql()).isEqualTo("CREATE INDEX i ON t (c);\n-- a comment");
        assertThat(s.downgradeSql()).isEqualTo("DROP INDEX i;");
    }

    @Test
    void malformedFilesNameFileLineAndProblem() {
        Path file = dir.resolve("r.sql");
        assertThatThrownBy(() -> read("-- doc\n\n-- revision: r\nCREATE TABLE t ();\n-- upgrade\n-- downgrade\n"))
                .hasMessage("Malformed revision file " + file + ", line 4: SQL before the '-- upgrade' line:"
                        + " 'CREATE TABLE t ();'");
        assertThatThrownBy(() -> read("-- doc\n\n-- down_revision: a\n-- upgrade\n-- downgrade\n"))
                .hasMessageStartingWith("Malformed revision file " + file + ", line 4: no '-- revision: <id>' line"
                        + " before '-- upgrade'");
        assertThatThrownBy(() -> read("-- revision: r\n\n-- upgrade\n-- downgrade\n"))
                .as("without a blank line the metadata is docstring")
                .hasMessageContaining("no '-- revision: <id>' line");
        assertThatThrownBy(() -> read("-- doc\n\n-- revision: r\n-- revision: s\n-- upgrade\n"))
                .hasMessageContaining("line 4: '-- revision:' is given twice");
        assertThatThrownBy(() -> read("-- doc\n\n-- revision: r\n"))
                .hasMessageContaining("line 3: no '-- upgrade' line found");
        assertThatThrownBy(() -> read("-- doc\n\n-- revision: r\n-- upgrade\nSELECT 1;\n"))
                .hasMessageContaining("line 5: no '-- downgrade' line");
        assertThatThrownBy(() -> read("-- doc\n\n-- revision: r\n-- upgrade\n-- downgrade\n-- upgrade\n"))
                .hasMessageContaining("line 6: a second '-- upgrade' line");
        assertThatThrownBy(() -> read("-- doc\n\n-- revision: r\n-- downgrade\n-- upgrade\n"))
                .hasMessageContaining("line 4: '-- downgrade' comes before '-- upgrade'");
    }

    @Test
    void headerReadingStopsAtTheUpgradeMarker() throws Exception {
        assertThat(new SqlRevisionReader(new CharCursor(new EndlessReader("-- d\n\n-- revision: r\n-- upgrade\n")))
                .readHeader().id()).isEqualTo("r");
    }

    @Test
    void invalidTextIsReported() throws Exception {
        Path file = dir.resolve("r.sql");
        Files.write(file, "-- d\u00ff\n\n-- revision: r\n-- upgrade\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RevisionFormat.SQL.readHeader(file, StandardCharsets.UTF_8))
                .hasMessage("Can't read revision file " + file + ": it is not valid text in the configured output_encoding");
    }
}
