package org.alembic4j.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.alembic4j.AlembicException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command functions on a real project directory and a real SQLite file. */
class CommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Map<String, String> environment = Map.of();

    private Commands commands() {
        out.reset();
        return new Commands(new CommandSettings(dir.resolve("alembic.ini"), "alembic", List.of(), dir, environment,
                new PrintStream(out, true, StandardCharsets.UTF_8)));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void project() throws Exception {
        commands().init("alembic", "generic", false);
        revision("create account", "aaaa00000001", null, "CREATE TABLE account (id INTEGER PRIMARY KEY)",
                "DROP TABLE account");
        revision("create audit", "aaaa00000002", null, "CREATE TABLE audit (id INTEGER PRIMARY KEY)", "DROP TABLE audit");
    }

    private void revision(String message, String id, String head, String up, String down) throws Exception {
        RevisionOptions options = new RevisionOptions(message, false, false, head, false, null, null, id, List.of(),
                null, false);
        Path file = commands().revision(options).path();
        Files.writeString(file, Files.readString(file)
                .replace("public void upgrade() {", "public void upgrade() {\n        op.execute(\"" + up + "\");")
                .replace("public void downgrade() {", "public void downgrade() {\n        op.execute(\"" + down + "\");"));
    }

    @Test
    void readOnlyCommandsNeverCreateTheVersionTable() throws Exception {
        Commands commands = commands();
        commands.current(false, false);
        assertThat(output()).isEmpty();
        commands().history(null, false, true);
        commands().show("head");
        assertThat(Files.exists(dir.resolve("alembic.db")) ? tables() : List.of()).doesNotContain("alembic_version");
    }

    @Test
    void upgradeThenCurrentHistoryAndShowCurrent() throws Exception {
        commands().upgrade("aaaa00000001", false, null, false);
        commands().current(false, false);
        assertThat(output()).isEqualTo("aaaa00000001\n");
        commands().history(null, false, true);
        assertThat(output()).isEqualTo("aaaa00000001 -> aaaa00000002 (head), create audit\n"
                + "<base> -> aaaa00000001 (current), create account\n");
        commands().show("current");
        assertThat(output()).startsWith("Rev: aaaa00000001\nParent: <base>\n");
        assertThat(tables()).contains("account").doesNotContain("audit");
    }

    @Test
    void checkHeadsFailsUntilTheDatabaseIsAtHead() {
        commands().upgrade("aaaa00000001", false, null, false);
        assertThatThrownBy(() -> commands().current(false, true))
                .isInstanceOf(AlembicException.class).hasMessage("Database is not on all head revisions");
        commands().upgrade("head", false, null, false);
        commands().current(false, true);
        assertThat(output()).isEqualTo("aaaa00000002 (head)\n");
    }

    /**
     * The graph is read on a background thread while the database is opened; its errors must
     * still reach the caller unchanged, and nothing may be written.
     */
    @Test
    void aBrokenGraphFailsCurrentAndUpgradeWithItsOwnErrorAndTouchesNothing() throws Exception {
        commands().upgrade("aaaa00000001", false, null, false);
        Path first;
        try (Stream<Path> files = Files.list(dir.resolve("alembic/versions"))) {
            first = files.filter(f -> f.getFileName().toString().startsWith("aaaa00000001")).findFirst().orElseThrow();
        }
        Files.writeString(first, Files.readString(first).replace("down = {}", "down = \"aaaa00000002\""));
        String cycle = "Cycle is detected in revisions (aaaa00000001, aaaa00000002)";
        assertThatThrownBy(() -> commands().current(false, false)).isInstanceOf(AlembicException.class)
                .hasMessageStartingWith(cycle);
        assertThatThrownBy(() -> commands().upgrade("head", false, null, false)).isInstanceOf(AlembicException.class)
                .hasMessageStartingWith(cycle);
        assertThat(tables()).contains("account").doesNotContain("audit");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("alembic.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT version_num FROM alembic_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("aaaa00000001");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void offlineRangesAndTheirErrors() {
        commands().upgrade("aaaa00000001:head", true, null, false);
        assertThat(output()).isEqualTo("-- Running upgrade aaaa00000001 -> aaaa00000002\n\n"
                + "CREATE TABLE audit (id INTEGER PRIMARY KEY);\n\n"
                + "UPDATE alembic_version SET version_num='aaaa00000002' WHERE alembic_version.version_num = 'aaaa00000001';\n\n");
        assertThatThrownBy(() -> commands().downgrade("base", true, null, false))
                .hasMessage("downgrade with --sql requires <fromrev>:<torev>");
        assertThatThrownBy(() -> commands().upgrade("a:b", false, null, false)).hasMessage("Range revision not allowed");
        assertThatThrownBy(() -> commands().stamp(List.of("head"), true, null, true))
                .hasMessage("Can't use --purge with --sql mode");
    }

    @Test
    void stampAndEnsureVersion() throws Exception {
        commands().ensureVersion(false);
        assertThat(tables()).contains("alembic_version");
        commands().stamp(List.of("aaaa00000002"), false, null, false);
        commands().current(false, false);
        assertThat(output()).isEqualTo("aaaa00000002 (head)\n");
        assertThat(tables()).doesNotContain("account");
        commands().stamp(List.of("base"), false, null, false);
        commands().current(false, false);
        assertThat(output()).isEmpty();
    }

    @Test
    void aSharedClassCacheDirectoryIsUsedWhenNamed() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared-cache"));
        environment = Map.of("ALEMBIC4J_CACHE_DIR", shared.toString());
        commands().upgrade("head", true, null, false);
        try (Stream<Path> files = Files.list(shared)) {
            assertThat(files.filter(f -> f.toString().endsWith(".classes")).count()).isEqualTo(3); // env + 2 revisions
        }
        assertThat(org.alembic4j.precompiled.CompiledClassEntries.in(dir.resolve("alembic/.alembic4j-cache"))).isEmpty();
    }

    @Test
    void mergeOfTwoHeads() throws Exception {
        revision("branch", "bbbb00000001", "base", "SELECT 1", "SELECT 1");
        assertThatThrownBy(() -> commands().upgrade("head", false, null, false))
                .hasMessageStartingWith("Multiple head revisions are present for given argument 'head'");
        commands().merge(List.of("heads"), "merge", null, "cccc00000001");
        commands().heads(false, false);
        assertThat(output()).isEqualTo("cccc00000001 (head)\n"); // heads prints no merge/branch marks
        commands().upgrade("head", false, null, false);
        commands().current(false, false);
        assertThat(output()).isEqualTo("cccc00000001 (head) (mergepoint)\n");
    }

    private List<String> tables() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("alembic.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
