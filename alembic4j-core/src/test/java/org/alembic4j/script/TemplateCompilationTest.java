package org.alembic4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.alembic4j.Migration;
import org.alembic4j.Revision;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.env.EnvironmentContext;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.op.Operations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files init and revision write must compile against the core library, all together. */
class TemplateCompilationTest {

    @TempDir
    Path dir;

    @Test
    void envHookAndRevisionsCompileAndCarryTheirMetadata() throws Exception {
        AlembicConfig config = Projects.init(dir, "generic", "");
        ScriptDirectory scripts = Projects.scripts(config);
        RevisionNode first = scripts.generateRevision(RevisionRequest.builder("1975ea83b712")
                .message("create account table").build(), StatusOutput.silent());
        RevisionNode odd = scripts.generateRevision(RevisionRequest.builder("odd id \\u0022*/")
                .message("closes */ the comment \\u002a/ and \"quotes\"")
                .parents(List.of(first))
                .branchLabels(List.of("feature"))
                .dependsOn(List.of("1975ea83b712"))
                .upgrades("        op.execute(\"CREATE INDEX ix ON account (email)\");")
                .downgrades("        op.execute(\"DROP INDEX ix\");")
                .build(), StatusOutput.silent());

        Path classes = Files.createDirectories(dir.resolve("classes"));
        String diagnostics = compile(classes, scripts.envHookFile(), first.path(), odd.path());
        assertThat(diagnostics).isEmpty();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                Migration.class.getClassLoader())) {
            Class<?> migration = loader.loadClass(JavaText.className("odd id \\u0022*/"));
            assertThat(Migration.class).isAssignableFrom(migration);
            Revision revision = migration.getAnnotation(Revision.class);
            assertThat(revision.id()).isEqualTo("odd id \\u0022*/");
            assertThat(revision.down()).containsExactly("1975ea83b712");
            assertThat(revision.branchLabels()).containsExactly("feature");
            assertThat(revision.dependsOn()).containsExactly("1975ea83b712");

            var ctor = migration.getDeclaredConstructor();
            ctor.setAccessible(true);
            List<String> executed = new ArrayList<>();
            // Records raw SQL only: the template's example upgrade calls op.execute(String).
            Operations recording = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                    new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                        if (method.getName().equals("execute") && args.length == 1 && args[0] instanceof String sql) {
                            executed.add(sql);
                        }
                        return null;
                    });
            ((Migration) ctor.newInstance()).run(recording, true);
            assertThat(executed).containsExactly("CREATE INDEX ix ON account (email)");

            Class<?> env = loader.loadClass("Env");
            assertThat(MigrationEnvironment.class).isAssignableFrom(env);
            var envCtor = env.getDeclaredConstructor();
            envCtor.setAccessible(true);
            RecordingContext context = new RecordingContext(config);
            ((MigrationEnvironment) envCtor.newInstance()).configure(context.proxy);
            assertThat(context.urls).containsExactly("sqlite:///" + dir + "/alembic.db");
        }
    }

    @Test
    void sqlTemplateProjectsAlsoCompileTheirEnvironment() throws Exception {
        ScriptDirectory scripts = Projects.scripts(Projects.init(dir, "sql", ""));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(compile(classes, scripts.envHookFile())).isEmpty();
    }

    /** Compiles with the real JDK compiler against the core classes; returns the diagnostics. */
    private static String compile(Path out, Path... sources) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path core = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(messages, files, d -> messages.append(d.toString()).append('\n'),
                    List.of("-classpath", core.toString(), "-d", out.toString(), "-proc:none", "-Xlint:all",
                            "-Werror", "--release", "17"),
                    null, files.getJavaFileObjects(sources)).call();
            if (!ok && messages.toString().isEmpty()) {
                messages.append("compilation failed");
            }
        }
        return messages.toString();
    }

    /**
     * Records what the environment hook asks for; answers come from the real configuration. A proxy,
     * so that methods added to the interface later don't break this test: any call the template
     * is not expected to make fails it.
     */
    private static final class RecordingContext {
        final List<String> urls = new ArrayList<>();
        final EnvironmentContext proxy;

        RecordingContext(AlembicConfig config) {
            proxy = (EnvironmentContext) Proxy.newProxyInstance(EnvironmentContext.class.getClassLoader(),
                    new Class<?>[] {EnvironmentContext.class}, (self, method, args) -> switch (method.getName()) {
                        case "mainOption" -> config.mainOption((String) args[0]);
                        case "useUrl" -> {
                            urls.add((String) args[0]);
                            yield null;
                        }
                        default -> throw new AssertionError("unexpected call " + method.getName());
                    });
        }
    }
}
