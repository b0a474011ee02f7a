package org.alembic4j.script;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A plain SQL revision file, fully read: its header and the SQL of its two sections, each
 * stripped of surrounding blank lines. The runtime ({@code runtime.sql.SqlStatementSplitter}) splits the SQL into
 * statements.
 */
public record SqlRevisionScript(RevisionHeader header, String upgradeSql, String downgradeSql) {

    /** Reads and parses a {@code .sql} revision file. */
    public static SqlRevisionScript read(Path file, Charset charset) {
        return RevisionFormat.read(file, new HeaderFileReader(charset), cursor -> {
            SqlRevisionReader reader = new SqlRevisionReader(cursor);
            RevisionHeader header = reader.readHeader();
            String[] bodies = reader.readBodies();
            return new SqlRevisionScript(header, bodies[0], bodies[1]);
        });
    }
}
