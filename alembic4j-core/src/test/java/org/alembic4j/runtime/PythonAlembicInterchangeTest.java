package org.alembic4j.runtime;

import static org.alembic4j.runtime.testsupport.Steps.down;
import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.SqlScripts;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database Python Alembic migrated is continued by alembic4j and handed back: same table, same
 * rows, same arithmetic. Needs {@code /usr/bin/python3 -m alembic}; skipped without it unless CI=true.
 */
class PythonAlembicInterchangeTest {

    private static final String PYTHON = "/usr/bin/python3";

    private static final RevisionNode R1 = rev("1975ea83b712", "create account table", null);
    private static final RevisionNode R2 = rev("27c6a30d7c24", "add email column", null, R1.id());
    private static final RevisionNode R3 = rev("3c9e5b21f0bb", "create audit", null, R2.id());

    private static final SqlScripts SCRIPTS = new SqlScripts()
            .revision(R1.id(), List.of("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY)"), List.of("DROP TABLE account"))
            .revision(R2.id(), List.of("ALTER TABLE account ADD COLUMN email VARCHAR(100)"),
                    List.of("ALTER TABLE account DROP COLUMN email"))
            .revision(R3.id(), List.of("CREATE TABLE audit (id INTEGER)"), List.of("DROP TABLE audit"));

    @TempDir
    Path project;

    @BeforeAll
    static void requirePythonAlembic() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && new ProcessBuilder(PYTHON, "-c", "import alembic, sqlalchemy").start().waitFor() == 0;
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("python3-alembic is required under CI");
        }
        Assumptions.assumeTrue(present, "python3 -m alembic is not installed");
    }

    @Test
    void alembicAndAlembic4jContinueEachOthersDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            writeProject(db.sqlalchemyUrl());
            alembic("upgrade", R1.id());
            assertThat(db.versions()).containsExactly(R1.id());

            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                assertThat(runner.currentHeads()).containsExactly(R1.id());
                runner.run(heads -> List.of(up(R2)), SCRIPTS);
            }
            assertThat(alembic("current")).isEqualTo(R2.id() + "\n");

            alembic("upgrade", "head");
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                assertThat(runner.currentHeads()).containsExactly(R3.id());
                runner.run(heads -> List.of(down(R3)), SCRIPTS);
            }
            assertThat(db.tables()).containsExactly("account", "alembic_version");
            assertThat(alembic("current")).isEqualTo(R2.id() + "\n");

            alembic("downgrade", "base");
            assertThat(db.versions()).isEmpty();
            assertThat(db.tables()).containsExactly("alembic_version");
        }
    }

    /** The table alembic4j creates is the one SQLAlchemy creates for Alembic, to the character. */
    @Test
    void versionTableDefinitionIsIdentical() throws Exception {
        try (TestDatabase byAlembic = TestDatabase.create(TestDatabase.Kind.SQLITE);
             TestDatabase byAlembic4j = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            writeProject(byAlembic.sqlalchemyUrl());
            alembic("upgrade", R1.id());
            try (MigrationRunner runner = Runners.online(byAlembic4j.sqlalchemyUrl())) {
                runner.run(heads -> List.of(up(R1)), SCRIPTS);
            }
            String query = "SELECT sql FROM sqlite_master WHERE name = 'alembic_version'";
            assertThat(byAlembic4j.strings(query)).isEqualTo(byAlembic.strings(query)).hasSize(1);
        }
    }

    private void writeProject(String url) throws IOException {
        Files.writeString(project.resolve("alembic.ini"),
                "[alembic]\nscript_location = " + project.resolve("alembic") + "\nsqlalchemy.url = " + url + "\n");
        Path dir = Files.createDirectories(project.resolve("alembic/versions"));
        Files.writeString(dir.getParent().resolve("env.py"), String.join("\n",
                "from alembic import context",
                "from sqlalchemy import engine_from_config, pool",
                "config = context.config",
                "engine = engine_from_config(config.get_section(config.config_ini_section), prefix='sqlalchemy.',",
                "                            poolclass=pool.NullPool)",
                "with engine.connect() as connection:",
                "    context.configure(connection=connection)",
                "    with context.begin_transaction():",
                "        context.run_migrations()",
                ""));
        writeRevision(dir, R1, "None", "op.execute('CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY)')",
                "op.execute('DROP TABLE account')");
        writeRevision(dir, R2, "'" + R1.id() + "'", "op.execute('ALTER TABLE account ADD COLUMN email VARCHAR(100)')",
                "op.execute('ALTER TABLE account DROP COLUMN email')");
        writeRevision(dir, R3, "'" + R2.id() + "'", "op.execute('CREATE TABLE audit (id INTEGER)')",
                "op.execute('DROP TABLE audit')");
    }

    private static void writeRevision(Path dir, RevisionNode r, String down, String upgrade, String downgrade)
            throws IOException {
        Files.writeString(dir.resolve(r.id() + "_rev.py"), String.join("\n",
                "from alembic import op",
                "revision = '" + r.id() + "'",
                "down_revision = " + down,
                "branch_labels = None",
                "depends_on = None",
                "def upgrade():",
                "    " + upgrade,
                "def downgrade():",
                "    " + downgrade,
                ""));
    }

    /** Runs real Alembic in the project; returns its standard output. */
    private String alembic(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(PYTHON, "-m", "alembic", "-c",
                project.resolve("alembic.ini").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("alembic %s: %s%s", String.join(" ", args), out, err).isZero();
        return out;
    }
}
