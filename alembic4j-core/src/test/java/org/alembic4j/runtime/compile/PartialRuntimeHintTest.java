package org.alembic4j.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hint for JDK packages a partial Java runtime lacks, read from the diagnostics of a real
 * javac run. The hint itself shows only on a partial runtime: LauncherIT checks it through
 * bin/alembic on the bundled one.
 */
class PartialRuntimeHintTest {

    @TempDir
    Path dir;

    @Test
    void picksTheMissingJdkPackagesOutOfJavacsErrors() throws Exception {
        List<Diagnostic<? extends JavaFileObject>> errors = compile("""
                import javax.nosuch.rowset.Factory;
                import java.nosuch.Thing;
                import org.nosuch.Other;
                class Uses {
                    Factory f;
                    Thing t;
                    Other o;
                    int broken = "text";
                }
                """);
        assertThat(errors).extracting(d -> d.getMessage(Locale.ROOT))
                .contains("package org.nosuch does not exist");
        assertThat(PartialRuntimeHint.missingJdkPackages(errors)).containsExactly("java.nosuch", "javax.nosuch.rowset");
    }

    @Test
    void aFullJdkGetsNoHint() throws Exception {
        // Maven runs the tests on a full JDK (it has java.se), where a missing javax package is a typo
        List<Diagnostic<? extends JavaFileObject>> errors = compile("import javax.nosuch.Thing;\nclass Uses { Thing t; }\n");
        assertThat(PartialRuntimeHint.missingJdkPackages(errors)).containsExactly("javax.nosuch");
        assertThat(PartialRuntimeHint.partialRuntime()).isFalse();
        assertThat(PartialRuntimeHint.forErrors(errors)).isEmpty();
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(String source) throws Exception {
        Path file = dir.resolve("Uses.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(new StringWriter(), files, diagnostics,
                    List.of("-d", dir.resolve("out").toString(), "-proc:none"), null,
                    files.getJavaFileObjects(file)).call();
            assertThat(ok).isFalse();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }
}
