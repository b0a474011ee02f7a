package org.alembic4j.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.alembic4j.AlembicException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts see the jars of a script class path (as the command line's JPA module), compiled against and loaded. */
class ScriptClasspathTest {

    @TempDir
    Path dir;

    @Test
    void aScriptUsesAClassFromAJarOfTheScriptClasspath() throws Exception {
        Path ext = Files.createDirectories(dir.resolve("ext"));
        jarOf("greeting.Greeting", "package greeting; public final class Greeting {"
                + " public static String hello() { return \"hello from the extension\"; } }", ext.resolve("greeting.jar"));
        Path script = Files.writeString(dir.resolve("UsesGreeting.java"),
                "public class UsesGreeting implements java.util.function.Supplier<String> {"
                        + " public String get() { return greeting.Greeting.hello(); } }");

        JavaSourceCompiler compiler = JavaSourceCompiler.withScriptClasspath(dir.resolve("cache"), List.of(ext.resolve("*")));
        Class<?> type = compiler.compile(List.of(script)).topLevelClasses(script).get(0);

        @SuppressWarnings("unchecked")
        Supplier<String> instance = (Supplier<String>) type.getConstructor().newInstance();
        assertThat(instance.get()).isEqualTo("hello from the extension");
        assertThat(type.getClassLoader().loadClass("greeting.Greeting").getClassLoader())
                .isNotSameAs(Supplier.class.getClassLoader()).isNotSameAs(JavaSourceCompiler.class.getClassLoader());
    }

    @Test
    void withoutTheScriptClasspathTheSameScriptDoesNotCompile() throws Exception {
        Path script = Files.writeString(dir.resolve("UsesGreeting.java"),
                "public class UsesGreeting { String get() { return greeting.Greeting.hello(); } }");

        JavaSourceCompiler compiler = JavaSourceCompiler.withScriptClasspath(dir.resolve("cache"),
                List.of(dir.resolve("no-such-dir").resolve("*")));
        assertThatThrownBy(() -> compiler.compile(List.of(script))).isInstanceOf(AlembicException.class)
                .hasMessageContaining("UsesGreeting.java").hasMessageContaining("greeting");
    }

    /** Compiles one class with the JDK's compiler and packs it into a jar. */
    private void jarOf(String className, String source, Path jar) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path file = Files.writeString(src.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java"), source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), file.toString());
        assertThat(status).isZero();
        String entry = className.replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry(entry));
            jarOut.write(Files.readAllBytes(classes.resolve(entry)));
            jarOut.closeEntry();
        }
    }
}
