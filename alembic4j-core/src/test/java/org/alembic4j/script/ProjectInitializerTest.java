package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.config.IniSnapshots;
import org.alembic4j.config.PythonReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitializerTest {

    @TempDir
    Path dir;

    private final StringBuilder out = new StringBuilder();

    private AlembicConfig config(String ini) {
        return AlembicConfig.builder().file(ini).cwd(dir).build();
    }

    @Test
    void initWritesTheGenericEnvironmentWithAlembicsLines() throws Exception {
        ProjectInitializer.init(config("alembic.ini"), "alembic", "generic", out::append);

        assertThat(out.toString()).isEqualTo(String.join("\n",
                "Creating directory " + dir + "/alembic ...  done",
                "Creating directory " + dir + "/alembic/versions ...  done",
                "Generating " + dir + "/alembic/script.java.mustache ...  done",
                "Generating " + dir + "/alembic/script.sql.mustache ...  done",
                "Generating " + dir + "/alembic/README ...  done",
                "Generating " + dir + "/alembic/env.java ...  done",
                "Generating " + dir + "/alembic.ini ...  done",
                "Please edit configuration/connection/logging settings in " + dir
                        + "/alembic.ini before proceeding.",
                ""));
        assertThat(Files.readString(dir.resolve("alembic/README"))).startsWith("Generic single-database configuration.\n");
        assertThat(dir.resolve("alembic/versions")).isEmptyDirectory();
        try (var files = Files.list(dir.resolve("alembic"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("README", "env.java", "script.java.mustache", "script.sql.mustache", "versions");
        }

        AlembicConfig config = config("alembic.ini");
        assertThat(config.ini().getRaw("alembic", "script_location")).hasValue("%(here)s/alembic");
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("alembic"));
        assertThat(config.mainOption("path_separator")).isEqualTo("os");
        assertThat(config.sqlalchemyUrl()).hasValue("sqlite:///" + dir + "/alembic.db");
        assertThat(config.revisionFormat()).isEqualTo("java");
        assertThat(config.mainOption("file_template")).as("commented out").isNull();
        assertThat(config.ini().getRaw("formatter_generic", "format")).hasValue("%(levelname)-5.5s [%(name)s] %(message)s");
        assertThat(config.ini().sections()).containsExactly("alembic", "post_write_hooks", "loggers", "handlers",
                "formatters", "logger_root", "logger_sqlalchemy", "logger_alembic", "handler_console",
                "formatter_generic");
        if (PythonReference.isAvailable()) {
            String ini = Files.readString(dir.resolve("alembic.ini"));
            Map<String, String> here = Map.of("here", dir.toString());
            assertThat(IniSnapshots.java(ini, here)).as("Python's configparser reads the same values")
                    .isEqualTo(IniSnapshots.python(ini, here))
                    .containsEntry("alembic/script_location", dir + "/alembic")
                    .containsEntry("formatter_generic/format", "ERROR"); // Python's logging reads it raw
        }
        // the new project is usable at once
        assertThat(ScriptDirectory.fromConfig(config).loadRevisions()).isEmpty();
    }

    @Test
    void theIniFileIsWrittenAtTheConfigPathWithALocationRelativeToIt() throws Exception {
        Files.createDirectories(dir.resolve("conf"));
        ProjectInitializer.init(config("conf/db.ini"), "db/migrations", "generic", out::append);
        AlembicConfig config = config("conf/db.ini");
        assertThat(config.ini().getRaw("alembic", "script_location")).hasValue("%(here)s/../db/migrations");
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("db/migrations"));
        // from another working directory the project still resolves
        AlembicConfig elsewhere = AlembicConfig.builder().file(dir.resolve("conf/db.ini").toString())
                .cwd(Path.of("/")).build();
        assertThat(elsewhere.scriptLocation()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(out.toString()).contains("Creating directory " + dir + "/db/migrations ...  done\n")
                .endsWith("settings in " + dir + "/conf/db.ini before proceeding.\n");
    }

    @Test
    void anExistingIniFileIsKept() throws Exception {
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nmine = yes\n");
        ProjectInitializer.init(config("alembic.ini"), "alembic", "generic", out::append);
        assertThat(out.toString()).contains("File " + dir + "/alembic.ini already exists, skipping\n")
                .doesNotContain("Generating " + dir + "/alembic.ini");
        assertThat(Files.readString(dir.resolve("alembic.ini"))).isEqualTo("[alembic]\nmine = yes\n");
    }

    @Test
    void anEmptyExistingDirectoryIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("alembic"));
        ProjectInitializer.init(config("alembic.ini"), "alembic", "generic", out::append);
        assertThat(out.toString()).startsWith("Creating directory " + dir + "/alembic/versions ...  done\n");
    }

    @Test
    void errors() throws Exception {
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/x"), "");
        assertThatThrownBy(() -> ProjectInitializer.init(config("alembic.ini"), "full", "generic", out::append))
                .hasMessage("Directory full already exists and is not empty");
        assertThatThrownBy(() -> ProjectInitializer.init(config("alembic.ini"), "new", "nosuch", out::append))
                .hasMessage("No such template 'nosuch'");
        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void sqlTemplateMakesSqlTheDefaultFormat() throws Exception {
        ProjectInitializer.init(config("alembic.ini"), "migrations", "sql", out::append);
        AlembicConfig config = config("alembic.ini");
        assertThat(config.revisionFormat()).isEqualTo("sql");
        assertThat(Files.readString(dir.resolve("migrations/README")))
                .startsWith("Single-database configuration with plain SQL revisions.\n");
        assertThat(out.toString()).contains("Generating " + dir + "/migrations/script.sql.mustache ...  done\n"
                + "Generating " + dir + "/migrations/script.java.mustache ...  done\n");
    }

    @Test
    void listTemplatesInAlembicsFormat() {
        assertThat(ProjectTemplates.available()).containsExactly(
                new ProjectTemplates.Template("generic", "Generic single-database configuration."),
                new ProjectTemplates.Template("sql", "Single-database configuration with plain SQL revisions."));
        ProjectTemplates.listTemplates(out::append);
        assertThat(out.toString()).isEqualTo(String.join("\n", List.of(
                "Available templates:",
                "",
                "generic - Generic single-database configuration.",
                "sql - Single-database configuration with plain SQL revisions.",
                "",
                "Templates are used via the 'init' command, e.g.:",
                "",
                "  alembic init --template generic ./scripts",
                "")));
    }
}
