package org.alembic4j.autogenerate;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.alembic4j.Migration;

/** A diff rendered into a revision class, compiled with the real JDK compiler. */
final class GeneratedScript {

    private GeneratedScript() {
    }

    static String source(Diff diff) {
        return "import org.alembic4j.Migration;\n" + diff.imports() + "\n\n"
                + "public class Generated extends Migration {\n\n"
                + "    @Override\n    public void upgrade() {\n" + diff.renderUpgrade() + "\n    }\n\n"
                + "    @Override\n    public void downgrade() {\n" + diff.renderDowngrade() + "\n    }\n}\n";
    }

    static Migration compile(Diff diff, Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src")).resolve("Generated.java");
        Files.writeString(src, source(diff));
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path core = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(messages, files, d -> messages.append(d.toString()).append('\n'),
                    List.of("-classpath", core.toString(), "-d", out.toString(), "-proc:none", "-Xlint:all", "-Werror",
                            "--release", "17"), null, files.getJavaFileObjects(src)).call();
            if (!ok) {
                throw new AssertionError("Generated script does not compile:\n" + messages + "\n" + source(diff));
            }
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Migration.class.getClassLoader());
        return (Migration) loader.loadClass("Generated").getDeclaredConstructor().newInstance();
    }
}
