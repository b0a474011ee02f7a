package org.alembic4j.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.alembic4j.Migration;
import org.alembic4j.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the corpus cases renders as Java source that the real JDK compiler accepts,
 * and the compiled migration renders exactly the same SQL as the original operations.
 */
class JavaSourceRoundTripTest {

    @TempDir
    Path dir;

    /** The operations a body records on the first dialect where it runs through, and their SQL. */
    private record Recorded(String dialect, List<MigrationOperation> operations, String sql) {
    }

    private static Recorded record(Consumer<Operations> body) {
        for (String dialect : OpsGoldenTest.DIALECTS) {
            RecordingContext ctx = new RecordingContext(Dialects.forName(dialect));
            try {
                body.accept(ctx.operations());
                return new Recorded(dialect, ctx.operations, ctx.output());
            } catch (RuntimeException refusedOnThisDialect) {
                // try the next dialect
            }
        }
        return null;
    }

    @Test
    void everyCaseRoundTripsThroughJavaSource() throws Exception {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        List<Path> sources = new ArrayList<>();
        int n = 0;
        for (GoldenCases.Case c : GoldenCases.all().values()) {
            for (Consumer<Operations> body : List.of(c.upgrade(), c.downgrade())) {
                Recorded r = record(body);
                if (r == null || r.operations().isEmpty()) {
                    continue;
                }
                String className = "Case" + (n++);
                recorded.put(className, r);
                sources.add(write(className, r.operations()));
            }
        }
        assertThat(recorded).hasSizeGreaterThan(200);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(dir.resolve("classes"));
        String classpath = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classpath, "--release", "17", "-proc:none"));
        sources.forEach(p -> args.add(p.toString()));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, err, args.toArray(String[]::new));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            for (Map.Entry<String, Recorded> e : recorded.entrySet()) {
                Migration m = (Migration) loader.loadClass("gen." + e.getKey()).getDeclaredConstructor().newInstance();
                RecordingContext ctx = new RecordingContext(Dialects.forName(e.getValue().dialect()));
                m.run(ctx.operations(), true);
                assertThat(ctx.output()).as(e.getKey() + ":\n" + Files.readString(dir.resolve(e.getKey() + ".java")))
                        .isEqualTo(e.getValue().sql());
            }
        }
    }

    private Path write(String className, List<MigrationOperation> operations) throws IOException {
        StringBuilder body = new StringBuilder();
        for (MigrationOperation op : operations) {
            body.append("        ").append(op.toJava()).append(";\n");
        }
        String source = "package gen;\n\n"
                + "import static org.alembic4j.op.Ops.*;\n\n"
                + "import java.util.List;\n"
                + "import org.alembic4j.op.*;\n"
                + "import org.alembic4j.schema.*;\n\n"
                + "public class " + className + " extends org.alembic4j.Migration {\n"
                + "    @Override\n    public void upgrade() {\n" + body + "    }\n\n"
                + "    @Override\n    public void downgrade() {\n    }\n}\n";
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        return file;
    }
}
