package org.alembic4j.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --sql} through the command layer with the real compiler and caches: the second
 * run writes the same script as the first, a pure script's statements come from the offline SQL
 * cache, a script that reads {@code -x} is run each time, and an edited script is run again.
 */
class OfflineReplayCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Commands commands(String... x) {
        out.reset();
        return new Commands(new CommandSettings(dir.resolve("alembic.ini"), "alembic", List.of(x), dir, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8)));
    }

    private String offlineUpgrade(String... x) {
        commands(x).upgrade("head", true, null, false);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path pure;

    @BeforeEach
    void project() throws Exception {
        commands().init("alembic", "generic", false);
        Files.writeString(dir.resolve("alembic.ini"), Files.readString(dir.resolve("alembic.ini"))
                .replaceAll("(?m)^sqlalchemy.url = .*$", "sqlalchemy.url = postgresql://u@localhost/db"));
        pure = revision("aaaa00000001", "create account", """
                op.createTable("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull());
                op.createIndex("ix_account_name", "account", List.of("name"));""", "op.dropTable(\"account\");");
        revision("aaaa00000002", "per environment", """
                String suffix = MigrationContext.of(op).xArgumentsAsMap().getOrDefault("suffix", "none");
                op.execute("CREATE TABLE audit_" + suffix + " (id INTEGER)");""", "op.execute(\"DROP TABLE audit\");");
        RevisionOptions sql = new RevisionOptions("plain sql", false, false, null, false, null, null, "aaaa00000003",
                List.of(), "sql", false);
        Path sqlFile = commands().revision(sql).path();
        Files.writeString(sqlFile, Files.readString(sqlFile).replace("-- upgrade", "-- upgrade\nCREATE TABLE notes (id INTEGER);"));
    }

    private Path revision(String id, String message, String upgrade, String downgrade) throws Exception {
        RevisionOptions options = new RevisionOptions(message, false, false, null, false, null, null, id, List.of(),
                null, false);
        Path file = commands().revision(options).path();
        Files.writeString(file, Files.readString(file)
                .replace("import org.alembic4j.Revision;", "import org.alembic4j.Revision;\nimport java.util.List;\n"
                        + "import org.alembic4j.runtime.MigrationContext;")
                .replace("public void upgrade() {", "public void upgrade() {\n" + upgrade)
                .replace("public void downgrade() {", "public void downgrade() {\n" + downgrade));
        return file;
    }

    private Path cacheFile() {
        return dir.resolve("alembic/.alembic4j-cache/offline-sql-postgresql.cache");
    }

    @Test
    void theSecondRunWritesTheSameScriptFromTheCache() throws Exception {
        String first = offlineUpgrade("suffix=one");
        assertThat(first).contains("CREATE TABLE account (\n    id SERIAL NOT NULL, \n    name VARCHAR(50) NOT NULL, \n"
                        + "    PRIMARY KEY (id)\n);\n\nCREATE INDEX ix_account_name ON account (name);\n\n")
                .contains("CREATE TABLE audit_one (id INTEGER);").contains("CREATE TABLE notes (id INTEGER);");
        assertThat(cacheFile()).exists();
        byte[] cached = Files.readAllBytes(cacheFile());
        assertThat(new String(cached, StandardCharsets.UTF_8)).contains("CREATE INDEX ix_account_name")
                .doesNotContain("audit_").doesNotContain("notes");

        assertThat(offlineUpgrade("suffix=one")).isEqualTo(first);
        assertThat(Files.readAllBytes(cacheFile())).as("nothing new to record").isEqualTo(cached);
        assertThat(offlineUpgrade("suffix=two")).as("the script reading -x runs again")
                .isEqualTo(first.replace("audit_one", "audit_two"));
    }

    @Test
    void anEditedScriptIsRunAgain() throws Exception {
        String first = offlineUpgrade();
        Files.writeString(pure, Files.readString(pure).replace("string(50)", "string(80)"));
        String edited = offlineUpgrade();
        assertThat(edited).isEqualTo(first.replace("VARCHAR(50)", "VARCHAR(80)"));
        assertThat(offlineUpgrade()).isEqualTo(edited);
    }

    @Test
    void downgradesAreRecordedSeparately() throws Exception {
        commands().downgrade("aaaa00000001:base", true, null, false);
        String first = out.toString(StandardCharsets.UTF_8);
        assertThat(first).contains("DROP TABLE account;");
        commands().downgrade("aaaa00000001:base", true, null, false);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
        try (Stream<Path> files = Files.list(dir.resolve("alembic/.alembic4j-cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("offline-sql-postgresql.cache");
        }
    }
}
