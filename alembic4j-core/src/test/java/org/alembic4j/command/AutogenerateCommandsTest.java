package org.alembic4j.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.RevisionNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --autogenerate} and {@code check} through the command functions: a target
 * declared in env.java, a real SQLite database, the generated script compiled and run.
 */
class AutogenerateCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Commands commands() {
        out.reset();
        return new Commands(new CommandSettings(dir.resolve("alembic.ini"), "alembic", List.of(), dir, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8)));
    }

    @BeforeEach
    void project() throws Exception {
        commands().init("alembic", "generic", false);
        Path env = dir.resolve("alembic/env.java");
        Files.writeString(env, Files.readString(env)
                .replace("import org.alembic4j.env.MigrationEnvironment;", "import org.alembic4j.env.MigrationEnvironment;\n"
                        + "import org.alembic4j.autogenerate.TargetSchema;\nimport static org.alembic4j.op.Ops.*;")
                .replace("context.useUrl(context.mainOption(\"sqlalchemy.url\"));",
                        "context.useUrl(context.mainOption(\"sqlalchemy.url\"));\n"
                        + "        context.targetSchema(TargetSchema.of(table(\"account\",\n"
                        + "                column(\"id\", INTEGER).primaryKey(),\n"
                        + "                column(\"email\", string(100)).notNull())));"));
    }

    @Test
    void autogenerateWritesTheMigrationAndCheckThenPasses() throws Exception {
        assertThatThrownBy(() -> commands().check())
                .isInstanceOf(AlembicException.class)
                .hasMessageStartingWith("New upgrade operations detected:")
                .hasMessageContaining("account");

        RevisionNode generated = commands().revision(new RevisionOptions("create account", true, false, null, false,
                null, null, "aaaa00000001", List.of(), null, false));
        String script = Files.readString(generated.path());
        assertThat(script).contains("op.createTable(").contains("\"account\"").contains("op.dropTable(\"account\")");

        commands().upgrade("head", false, null, false);
        Commands check = commands();
        check.check();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("No new upgrade operations detected.\n");

        commands().downgrade("base", false, null, false);
        assertThatThrownBy(() -> commands().check()).hasMessage("Target database is not up to date.");
    }

    @Test
    void theDatabaseMustBeAtHead() throws Exception {
        commands().revision(RevisionOptions.withMessage("empty"));
        assertThatThrownBy(() -> commands().revision(new RevisionOptions("next", true, false, null, false, null, null,
                null, List.of(), null, false))).hasMessage("Target database is not up to date.");
        try (var files = Files.list(dir.resolve("alembic/versions"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
