package org.alembic4j.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which compiled scripts may have their offline SQL replayed: real javac output of scripts that
 * use only the op API and pure JDK code pass; anything that can read an input outside the
 * script's text (the run's context, the clock, the environment, the default locale...) fails.
 */
class ReplayPolicyTest {

    private static final String HEADER = "import org.alembic4j.Migration;\nimport org.alembic4j.Revision;\n"
            + "import org.alembic4j.runtime.MigrationContext;\nimport static org.alembic4j.op.Ops.*;\n"
            + "import java.util.*;\n\n@Revision(id = \"abc\")\nclass Rev_abc extends Migration {\n";

    private static Optional<String> verdict(String body) {
        return ReplayPolicy.reasonNotReplayable(compile(HEADER + body + "\n}\n"));
    }

    private static String script(String upgrade) {
        return "    @Override public void upgrade() {\n" + upgrade + "\n    }\n"
                + "    @Override public void downgrade() {\n        op.dropTable(\"account\");\n    }\n";
    }

    @Test
    void scriptsMadeOfOpCallsAndPureJavaAreReplayable() {
        assertThat(verdict(script("""
                op.createTable("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                        column("created", DATETIME).serverDefault(now()));
                op.alterColumn("account", "name", a -> a.type(string(100)).existingNullable(false));
                op.batchAlterTable("account", batch -> batch.dropColumn("legacy"));
                String table = "t_" + 42 + suffix();
                op.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
                op.execute("UPDATE account SET name = :n", Map.of("n", "x".toUpperCase(Locale.ROOT)));
                op.bulkInsert(table(table, column("id", INTEGER)), List.of(Map.of("id", 1), Map.of("id", 2)));
                for (int i = 0; i < 3; i++) { op.createIndex("ix_" + i, "account", List.of("name")); }
                """) + "    private static String suffix() { return String.valueOf(Math.max(1, 2)); }\n"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MigrationContext.of(op).xArgumentsAsMap().get(\"db\");                 | org.alembic4j.runtime.MigrationContext.of",
            "op.context();                                                          | org.alembic4j.op.Operations.context",
            "op.execute(System.getenv(\"TABLE\"));                                   | java.lang.System.getenv",
            "op.execute(\"INSERT INTO t VALUES ('\" + java.time.LocalDate.now() + \"')\"); | java.time.LocalDate.now",
            "op.execute(String.format(\"CREATE TABLE t_%d (id INT)\", 1));           | java.lang.String.format",
            "op.execute(\"Create Table T\".toLowerCase());                          | java.lang.String.toLowerCase",
            "op.execute(\"t\" + new Random().nextInt());                             | java.util.Random.<init>",
            "op.execute(\"t\" + java.util.UUID.randomUUID());                        | java.util.UUID.randomUUID",
            "op.execute(\"t\" + Integer.getInteger(\"n\"));                          | java.lang.Integer.getInteger",
            "op.execute(\"t\" + hashCode());                                        | .hashCode",
            "op.execute(\"t\" + getClass().getName());                              | .getClass",
            "try { op.execute(java.nio.file.Files.readString(java.nio.file.Path.of(\"x.sql\"))); } catch (Exception e) { } | java.nio.file"})
    void anythingThatReadsAnInputIsNot(String statement, String named) {
        assertThat(verdict(script(statement))).hasValueSatisfying(reason -> assertThat(reason).contains(named));
    }

    @Test
    void aSecondClassInTheFileOrAnotherSuperClassIsNot() {
        assertThat(ReplayPolicy.reasonNotReplayable(compile(HEADER + script("op.execute(Names.T);")
                + "    static class Names { static final String T = \"DROP TABLE t\" + 1; }\n}\n")))
                .hasValue("it declares 2 classes");
        assertThat(ReplayPolicy.reasonNotReplayable(compile(
                "class Base extends org.alembic4j.Migration { public void upgrade() { } public void downgrade() { } }\n")))
                .isEmpty();
        assertThat(ReplayPolicy.reasonNotReplayable(compile(
                "class Other { void upgrade() { } }\n"))).hasValue("it extends java.lang.Object, not org.alembic4j.Migration");
    }

    @Test
    void unreadableClassFilesAreNot() {
        assertThat(ReplayPolicy.reasonNotReplayable(Map.of("X", new byte[] {1, 2, 3})))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("its class file could not be read"));
    }

    /** Compiles one source with javac, in memory, against the test class path. */
    static Map<String, byte[]> compile(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///Script.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, files, null,
                List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null, List.of(unit)).call();
        assertThat(ok).as(errors + "\n" + source).isTrue();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return bytes;
    }
}
