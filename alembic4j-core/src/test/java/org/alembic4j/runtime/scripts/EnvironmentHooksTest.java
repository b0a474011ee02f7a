package org.alembic4j.runtime.scripts;

import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.Migration;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.ConfigSource;
import org.alembic4j.runtime.Invocation;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.RuntimeEnvironmentContext;
import org.alembic4j.runtime.compile.JavaSourceCompiler;
import org.alembic4j.runtime.testsupport.ScriptFiles;
import org.alembic4j.runtime.testsupport.SqlScripts;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** env.java: compiled like the revisions, it configures the run from the ini and -x arguments. */
class EnvironmentHooksTest {

    @TempDir
    Path project;

    @Test
    void envJavaChoosesConnectionAndVersionTable() throws Exception {
        Path env = ScriptFiles.writeSource(project, "env.java",
                "import org.alembic4j.env.EnvironmentContext;\n"
                        + "import org.alembic4j.env.MigrationEnvironment;\n\n"
                        + "class Env implements MigrationEnvironment {\n"
                        + "    @Override\n"
                        + "    public void configure(EnvironmentContext context) {\n"
                        + "        context.useUrl(context.xArgumentsAsMap().get(\"db\"));\n"
                        + "        context.versionTable(context.mainOption(\"my_version_table\"));\n"
                        + "    }\n"
                        + "}\n");
        JavaSourceCompiler compiler = new JavaSourceCompiler(project.resolve(".alembic4j-cache"),
                Migration.class.getClassLoader(), List.of());
        MigrationEnvironment hook = EnvironmentHooks.compile(env, compiler);
        assertThat(hook.getClass().getName()).isEqualTo("Env");

        RevisionNode r = rev("1975ea83b712", "first", null);
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            RuntimeEnvironmentContext context = new RuntimeEnvironmentContext(
                    ConfigSource.of(Map.of("my_version_table", "env_versions", "sqlalchemy.url", "sqlite:///nowhere.db")),
                    Invocation.online().withXArguments(List.of("db=" + db.sqlalchemyUrl())));
            EnvironmentHooks.configure(hook, context);
            try (MigrationRunner runner = MigrationRunner.open(context)) {
                runner.run(heads -> List.of(up(r)), new SqlScripts().revision(r.id(), List.of("CREATE TABLE t (a INTEGER)"),
                        List.of()));
            }
            assertThat(db.strings("SELECT version_num FROM env_versions")).containsExactly(r.id());
        }
        assertThat(EnvironmentHooks.compile(env, new JavaSourceCompiler(project.resolve(".alembic4j-cache"),
                Migration.class.getClassLoader(), List.of())).getClass().getName()).isEqualTo("Env");
    }

    @Test
    void hookFailuresNameTheHook() {
        MigrationEnvironment failing = context -> {
            throw new IllegalStateException("no database configured");
        };
        RuntimeEnvironmentContext context = new RuntimeEnvironmentContext(ConfigSource.empty(), Invocation.online());
        assertThatThrownBy(() -> EnvironmentHooks.configure(failing, context))
                .isInstanceOf(AlembicException.class)
                .hasMessageContaining("failed: java.lang.IllegalStateException: no database configured");
        assertThatThrownBy(() -> MigrationRunner.open(context))
                .isInstanceOf(AlembicException.class).hasMessageStartingWith("No database URL");
    }
}
