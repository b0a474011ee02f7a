package org.alembic4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, in process, on a real project directory and a real SQLite file:
 * what a new user types, with Alembic's outputs and exit statuses.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) { }

    private Result alembic(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] withConfig = new String[args.length + 2];
        withConfig[0] = "-c";
        withConfig[1] = dir.resolve("alembic.ini").toString();
        System.arraycopy(args, 0, withConfig, 2, args.length);
        int status = Main.run(withConfig, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNewProjectMigratesAnEmbeddedSqliteDatabase() throws Exception {
        Result init = alembic("init", dir.resolve("alembic").toString());
        assertThat(init.status()).isZero();
        assertThat(init.out()).contains("Generating " + dir.resolve("alembic.ini") + " ...  done");

        Result first = alembic("revision", "-m", "create account table", "--rev-id", "1975ea83b712");
        assertThat(first.out()).isEqualTo("Generating " + dir.resolve("alembic/versions/1975ea83b712_create_account_table.java")
                + " ...  done\n");
        Path script = dir.resolve("alembic/versions/1975ea83b712_create_account_table.java");
        Files.writeString(script, Files.readString(script)
                .replace("public void upgrade() {", "public void upgrade() {\n        op.execute(\"CREATE TABLE account (id INTEGER PRIMARY KEY)\");")
                .replace("public void downgrade() {", "public void downgrade() {\n        op.execute(\"DROP TABLE account\");"));
        assertThat(alembic("revision", "-m", "second", "--rev-id", "27c6a30d7c24").status()).isZero();

        assertThat(alembic("heads").out()).isEqualTo("27c6a30d7c24 (head)\n");
        assertThat(alembic("history").out()).isEqualTo(
                "1975ea83b712 -> 27c6a30d7c24 (head), second\n<base> -> 1975ea83b712, create account table\n");

        Result upgrade = alembic("upgrade", "head");
        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        assertThat(alembic("current").out()).isEqualTo("27c6a30d7c24 (head)\n");
        assertThat(tables()).contains("account", "alembic_version");
        assertThat(versionRows()).containsExactly("27c6a30d7c24");

        assertThat(alembic("downgrade", "base").status()).isZero();
        assertThat(tables()).doesNotContain("account");
        assertThat(versionRows()).isEmpty();
        assertThat(alembic("current").out()).isEmpty();
    }

    @Test
    void commandErrorsPrintFailedAndExit255() {
        alembic("init", dir.resolve("alembic").toString());
        Result result = alembic("show", "nosuch");
        assertThat(result.status()).isEqualTo(255);
        assertThat(result.out()).isEqualTo("FAILED: Can't locate revision identified by 'nosuch'\n");
    }

    @Test
    void aRefusedRevisionWritesNoFile() throws Exception {
        alembic("init", dir.resolve("alembic").toString());
        alembic("revision", "-m", "one", "--rev-id", "aaaa", "--branch-label", "feature");
        Result duplicate = alembic("revision", "-m", "two", "--rev-id", "bbbb", "--branch-label", "feature");
        assertThat(duplicate.status()).isEqualTo(255);
        assertThat(duplicate.out()).isEqualTo("FAILED: Branch name 'feature' in revision bbbb already used by revision aaaa\n");
        try (Stream<Path> files = Files.list(dir.resolve("alembic/versions"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("aaaa_one.java");
        }
    }

    @Test
    void usageErrorsExit2WithUsageOnStderr() {
        Result result = alembic("upgrade");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("usage: alembic upgrade [-h] [--sql] [--tag TAG] [--transaction-per-migration] revision\n"
                + "alembic upgrade: error: the following arguments are required: revision\n");
    }

    @Test
    void quietSilencesStandardOutput() {
        alembic("init", dir.resolve("alembic").toString());
        Result result = alembic("-q", "show", "nosuch");
        assertThat(result.status()).isEqualTo(255);
        assertThat(result.out()).isEmpty();
    }

    private List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("alembic.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private List<String> versionRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("alembic.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM alembic_version")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
