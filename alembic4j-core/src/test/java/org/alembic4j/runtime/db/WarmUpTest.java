package org.alembic4j.runtime.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Getting ready touches no database: no file is created, and a connection afterwards works as usual. */
class WarmUpTest {

    @TempDir
    Path dir;

    @Test
    void preparingSqliteCreatesNoDatabaseFile() throws Exception {
        Path db = dir.resolve("not-yet.db");
        Optional<Thread> thread = WarmUp.start("sqlite:///" + db, true);
        assertThat(thread).isPresent();
        thread.get().join(30_000);
        assertThat(thread.get().isAlive()).isFalse();
        assertThat(db).doesNotExist();

        try (Connection c = JdbcDrivers.connect("jdbc:sqlite:" + db, new java.util.Properties());
             ResultSet rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void urlsItCannotReadAreLeftAlone() throws Exception {
        assertThat(WarmUp.start(null, true)).isEmpty();
        assertThat(WarmUp.start("  ", true)).isEmpty();
        assertThat(WarmUp.start("not a url", true)).isEmpty();
        assertThat(WarmUp.start("jdbc:derby:memory:x", true)).isEmpty();
        Thread odd = WarmUp.start("postgresql://[broken", true).orElseThrow(); // the run reports it
        odd.join(30_000);
        assertThat(odd.isAlive()).isFalse();
    }
}
